//! MySQL / MariaDB renderer.
//!
//! Differences from the shared defaults: enums are inline `ENUM(...)`; altering a
//! column restates its whole definition with `MODIFY` (or `CHANGE` for a rename) so
//! nullability, default and AUTO_INCREMENT survive; constraints are dropped with
//! `DROP INDEX` / `DROP FOREIGN KEY` / `DROP PRIMARY KEY`; enum type operations emit
//! nothing (the values live in each column).

use super::{create_index, default_clause, enum_values, foreign_key_sql, update, Dialect};
use crate::model::{ColumnDef, Schema, Table};
use crate::ops::{ColumnType, ConstraintKind, Op};

const D: Dialect = Dialect::Mysql;

pub fn render(op: &Op, schema: &Schema) -> Result<Vec<String>, String> {
    let t = |name: &str| D.ident(name).into_owned();
    Ok(match op {
        Op::CreateTable {
            table,
            columns,
            primary_key,
            unique,
            foreign_keys,
        } => {
            let built = schema.build_table(
                table,
                columns,
                primary_key.as_ref(),
                unique,
                foreign_keys,
                D,
            )?;
            vec![create_table(&built)?]
        }
        Op::DropTable { table } => vec![format!("DROP TABLE {}", t(table))],
        Op::AddColumn { table, column } => {
            let def = schema.column_def(column, D)?;
            let mut v = vec![format!(
                "ALTER TABLE {} ADD COLUMN {}",
                t(table),
                column_sql(&def, false)?
            )];
            if column.unique {
                v.push(format!(
                    "ALTER TABLE {} ADD UNIQUE ({})",
                    t(table),
                    t(&column.name)
                ));
            }
            v
        }
        Op::DropColumn { table, column } => vec![format!(
            "ALTER TABLE {} DROP COLUMN {}",
            t(table),
            t(column)
        )],
        Op::AlterColumn(a) => {
            let after = schema.table_after(op, D)?;
            let name = a.new_name.as_deref().unwrap_or(&a.column);
            let c = after
                .column(name)
                .ok_or_else(|| format!("column {}.{name} vanished", a.table))?;
            let def = column_sql(c, true)?;
            match &a.new_name {
                Some(_) => vec![format!(
                    "ALTER TABLE {} CHANGE {} {}",
                    t(&a.table),
                    t(&a.column),
                    def
                )],
                None => vec![format!("ALTER TABLE {} MODIFY {}", t(&a.table), def)],
            }
        }
        Op::CreateIndex {
            name,
            table,
            columns,
            unique,
        } => vec![create_index(D, name, table, columns, *unique)],
        Op::DropIndex { name, table } => vec![format!("DROP INDEX {} ON {}", t(name), t(table))],
        Op::CreateUnique {
            name,
            table,
            columns,
        } => {
            vec![format!(
                "ALTER TABLE {} ADD CONSTRAINT {} UNIQUE ({})",
                t(table),
                t(name),
                D.idents(columns)
            )]
        }
        Op::CreatePrimaryKey {
            name,
            table,
            columns,
        } => {
            vec![format!(
                "ALTER TABLE {} ADD CONSTRAINT {} PRIMARY KEY ({})",
                t(table),
                t(name),
                D.idents(columns)
            )]
        }
        Op::CreateForeignKey { .. } => {
            let after = schema.table_after(op, D)?;
            let fk = after.foreign_keys.last().ok_or("foreign key vanished")?;
            vec![format!(
                "ALTER TABLE {} ADD {}",
                t(&after.name),
                foreign_key_sql(D, fk)
            )]
        }
        Op::DropConstraint { name, table, kind } => vec![match kind {
            ConstraintKind::Unique => format!("ALTER TABLE {} DROP INDEX {}", t(table), t(name)),
            ConstraintKind::ForeignKey => {
                format!("ALTER TABLE {} DROP FOREIGN KEY {}", t(table), t(name))
            }
            ConstraintKind::PrimaryKey => format!("ALTER TABLE {} DROP PRIMARY KEY", t(table)),
            ConstraintKind::Check => {
                format!("ALTER TABLE {} DROP CONSTRAINT {}", t(table), t(name))
            }
        }],
        Op::CreateEnum { .. } | Op::DropEnum { .. } | Op::RenameEnum { .. } => vec![],
        Op::Update(u) => vec![update(D, u)?],
        Op::Sql { mysql, .. } => mysql.clone(),
    })
}

/// The column's type as MySQL spells it.
pub fn type_sql(c: &ColumnDef) -> Result<String, String> {
    Ok(match &c.ty {
        ColumnType::String(n) => format!("VARCHAR({n})"),
        ColumnType::Integer => "INTEGER".into(),
        ColumnType::BigInt => "BIGINT".into(),
        ColumnType::Text => "TEXT".into(),
        ColumnType::Boolean => "BOOL".into(),
        ColumnType::DateTime => "DATETIME".into(),
        ColumnType::Numeric(p, s) => format!("NUMERIC({p}, {s})"),
        ColumnType::Float => "FLOAT".into(),
        ColumnType::Blob(None) => "BLOB".into(),
        ColumnType::Blob(Some(n)) => format!("BLOB({n})"),
        ColumnType::Enum(_) => {
            let vals: Vec<String> = enum_values(c)?.iter().map(|v| D.literal(v)).collect();
            format!("ENUM({})", vals.join(","))
        }
    })
}

/// `name TYPE [NOT NULL] [DEFAULT x] [AUTO_INCREMENT]`; with `explicit_null` a
/// nullable column says `NULL`, as a full `MODIFY` restatement does.
pub fn column_sql(c: &ColumnDef, explicit_null: bool) -> Result<String, String> {
    Ok(format!(
        "{} {}{}{}{}",
        D.ident(&c.name),
        type_sql(c)?,
        match (c.nullable, explicit_null) {
            (false, _) => " NOT NULL",
            (true, true) => " NULL",
            (true, false) => "",
        },
        default_clause(c),
        if c.autoincrement {
            " AUTO_INCREMENT"
        } else {
            ""
        }
    ))
}

/// `CREATE TABLE` for a modelled table, in Alembic's layout.
pub fn create_table(t: &Table) -> Result<String, String> {
    let mut lines = Vec::new();
    for c in &t.columns {
        lines.push(column_sql(c, false)?);
    }
    super::key_lines(D, t, true, &mut lines);
    Ok(format!(
        "CREATE TABLE {} (\n    {}\n)",
        D.ident(&t.name),
        lines.join(", \n    ")
    ))
}
