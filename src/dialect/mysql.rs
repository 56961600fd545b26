//! MySQL / MariaDB renderer.
//!
//! Differences from the shared defaults: enums are inline `ENUM(...)`; altering a
//! column restates its whole definition with `MODIFY` (or `CHANGE` for a rename) so
//! nullability, default and AUTO_INCREMENT survive; constraints are dropped with
//! `DROP INDEX` / `DROP FOREIGN KEY` / `DROP PRIMARY KEY`; enum type operations emit
//! nothing (the values live in each column).

use super::{
    create_index, default_clause, enum_values, foreign_key_sql, push_marked, update, Rendered,
};
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::{AlterColumn, ColumnType, ConstraintKind, Op};
use crate::model::{ColumnDef, Schema, Table};

const D: Dialect = Dialect::Mysql;

pub fn render(op: &Op, schema: &Schema) -> Result<Vec<String>, String> {
    let t = |name: &str| D.ident(name).into_owned();
    Ok(match op {
        Op::CreateTable { .. } => {
            let built = schema.created_table(op, D)?;
            vec![create_table(&built, false)?]
        }
        Op::DropTable { table } => vec![format!("DROP TABLE {}", t(table))],
        Op::AddColumn { table, column } => {
            let mut v = vec![alter(
                table,
                &column_clause(op, schema)?.unwrap_or_default(),
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
        Op::DropColumn { table, .. } | Op::AlterColumn(AlterColumn { table, .. }) => {
            vec![alter(
                table,
                &column_clause(op, schema)?.unwrap_or_default(),
            )]
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
            // MySQL ignores a primary key's name, and refuses the one it uses itself.
            if name.eq_ignore_ascii_case("PRIMARY") {
                vec![format!(
                    "ALTER TABLE {} ADD PRIMARY KEY ({})",
                    t(table),
                    D.idents(columns)
                )]
            } else {
                vec![format!(
                    "ALTER TABLE {} ADD CONSTRAINT {} PRIMARY KEY ({})",
                    t(table),
                    t(name),
                    D.idents(columns)
                )]
            }
        }
        Op::CreateForeignKey { .. } => {
            let after = schema.table_after(op, D)?;
            let fk = after.foreign_keys.last().ok_or("foreign key vanished")?;
            vec![format!(
                "ALTER TABLE {} ADD {}",
                t(&after.name),
                foreign_key_sql(D, fk, false)
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
        Op::ReorderColumns { table, columns } => {
            let tab = schema.require_table(table)?;
            let mut clauses = Vec::new();
            for (i, name) in columns.iter().enumerate() {
                let c = tab
                    .column(name)
                    .ok_or_else(|| format!("column {table}.{name} does not exist"))?;
                let place = if i == 0 {
                    "FIRST".to_string()
                } else {
                    format!("AFTER {}", t(&columns[i - 1]))
                };
                clauses.push(format!("MODIFY {} {place}", column_sql(c, true)?));
            }
            vec![format!(
                "ALTER TABLE {}\n    {}",
                t(table),
                clauses.join(",\n    ")
            )]
        }
        Op::Update(u) => vec![update(D, u)?],
        Op::Sql { mysql, .. } => mysql.clone(),
    })
}

fn alter(table: &str, clause: &str) -> String {
    format!("ALTER TABLE {} {clause}", D.ident(table))
}

/// The `ALTER TABLE` clause of a column operation (`ADD COLUMN ...`, `DROP COLUMN
/// ...`, `MODIFY ...`, `CHANGE ...`), or `None` for other operations.
fn column_clause(op: &Op, schema: &Schema) -> Result<Option<String>, String> {
    Ok(Some(match op {
        Op::AddColumn { column, .. } => format!(
            "ADD COLUMN {}",
            column_sql(&schema.column_def(column, D)?, false)?
        ),
        Op::DropColumn { column, .. } => format!("DROP COLUMN {}", D.ident(column)),
        Op::AlterColumn(a) => {
            // Restate the whole column as it will be, so nothing the operation does
            // not name (nullability, default, AUTO_INCREMENT) is lost.
            let after = schema.table_after(op, D)?;
            let name = a.new_name.as_deref().unwrap_or(&a.column);
            let c = after
                .column(name)
                .ok_or_else(|| format!("column {}.{name} vanished", a.table))?;
            match &a.new_name {
                Some(_) => format!("CHANGE {} {}", D.ident(&a.column), column_sql(c, true)?),
                None => format!("MODIFY {}", column_sql(c, true)?),
            }
        }
        _ => return Ok(None),
    }))
}

/// The columns a mergeable operation touches, or `None` when it cannot share an
/// `ALTER TABLE` with its neighbours.
fn merge_key(op: &Op) -> Option<(&str, Vec<&str>)> {
    match op {
        Op::AddColumn { table, column } if !column.unique => {
            Some((table, vec![column.name.as_str()]))
        }
        Op::DropColumn { table, column } => Some((table, vec![column.as_str()])),
        Op::AlterColumn(a) => Some((
            &a.table,
            std::iter::once(a.column.as_str())
                .chain(a.new_name.as_deref())
                .collect(),
        )),
        _ => None,
    }
}

/// Renders a revision's operations, merging consecutive column changes of one table
/// that touch different columns into a single `ALTER TABLE` (one table rebuild
/// instead of many; the resulting schema is the same).
pub fn render_ops(ops: &[&Op], schema: &mut Schema) -> Result<Vec<Rendered>, (usize, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ops.len() {
        let Some((table, cols)) = merge_key(ops[i]) else {
            let first = out.len();
            let stmts = render(ops[i], schema).map_err(|e| (i, e))?;
            push_marked(&mut out, stmts, i, i + 1);
            // A unique column is added, then made unique: in between, the column
            // is there without its key.
            if let Op::AddColumn { table, column } = ops[i] {
                if column.unique && out.len() == first + 2 {
                    let mut plain = column.clone();
                    plain.unique = false;
                    out[first].partial = Some(Op::AddColumn {
                        table: table.clone(),
                        column: plain,
                    });
                }
            }
            schema.apply(ops[i], D).map_err(|e| (i, e))?;
            i += 1;
            continue;
        };
        let mut touched: Vec<&str> = cols;
        let mut clauses = Vec::new();
        let mut j = i;
        while j < ops.len() {
            if j > i {
                match merge_key(ops[j]) {
                    Some((t, cols)) if t == table && cols.iter().all(|c| !touched.contains(c)) => {
                        touched.extend(cols)
                    }
                    _ => break,
                }
            }
            clauses.push(
                column_clause(ops[j], schema)
                    .map_err(|e| (j, e))?
                    .unwrap_or_default(),
            );
            schema.apply(ops[j], D).map_err(|e| (j, e))?;
            j += 1;
        }
        let sql = match clauses.as_slice() {
            [one] => alter(table, one),
            many => format!(
                "ALTER TABLE {}\n    {}",
                D.ident(table),
                many.join(",\n    ")
            ),
        };
        push_marked(&mut out, vec![sql], i, j);
        i = j;
    }
    Ok(out)
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

/// `CREATE TABLE` for a modelled table, in Alembic's layout; `name_all` names
/// every constraint (see `key_lines`).
pub fn create_table(t: &Table, name_all: bool) -> Result<String, String> {
    let mut lines = Vec::new();
    for c in &t.columns {
        lines.push(column_sql(c, false)?);
    }
    super::key_lines(D, t, true, name_all, &mut lines);
    Ok(format!(
        "CREATE TABLE {} (\n    {}\n)",
        D.ident(&t.name),
        lines.join(", \n    ")
    ))
}
