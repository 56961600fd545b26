//! SQLite renderer.
//!
//! SQLite has no enum types and few `ALTER TABLE` forms, so it differs most:
//! - an enum column is `VARCHAR(n)` (n = the longest value) with
//!   `CHECK (col IN (...))`;
//! - an autoincrement integer primary key is `INTEGER PRIMARY KEY AUTOINCREMENT`;
//! - adding, dropping and renaming a plain column is done in place, and everything
//!   SQLite cannot alter in place (a column's type, nullability or default, an enum's
//!   allowed values, dropping an indexed or constrained column, adding or dropping a
//!   constraint) is done by rebuilding the table: create the new shape under a
//!   temporary name, copy every row, drop the old table, rename, recreate the
//!   indexes. The runner runs each revision in one transaction, so a rebuild is
//!   all-or-nothing.

use super::{create_index, default_clause, enum_values, key_lines, update, Dialect};
use crate::model::{ColumnDef, Schema, Table};
use crate::ops::{ColumnType, Op};

const D: Dialect = Dialect::Sqlite;

/// Prefix of the transient table a rebuild creates.
pub const REBUILD_PREFIX: &str = "ast_schema_rebuild_";

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
            if column.unique || (!def.nullable && def.default.is_none()) {
                rebuild(schema, op)?
            } else {
                vec![format!(
                    "ALTER TABLE {} ADD COLUMN {}",
                    t(table),
                    column_sql(&def, false)?
                )]
            }
        }
        Op::DropColumn { table, column } => {
            let tab = schema.require_table(table)?;
            if tab.column_is_constrained(column) {
                rebuild(schema, op)?
            } else {
                vec![format!(
                    "ALTER TABLE {} DROP COLUMN {}",
                    t(table),
                    t(column)
                )]
            }
        }
        Op::AlterColumn(a) => {
            let before = schema.require_table(&a.table)?;
            let after = schema.table_after(op, D)?;
            let name = a.new_name.as_deref().unwrap_or(&a.column);
            let old = before
                .column(&a.column)
                .ok_or_else(|| format!("column {}.{} does not exist", a.table, a.column))?;
            let new = after
                .column(name)
                .ok_or_else(|| format!("column {}.{name} vanished", a.table))?;
            let same_shape = ColumnDef {
                name: old.name.clone(),
                ..new.clone()
            } == *old;
            match (&a.new_name, same_shape) {
                (_, false) => rebuild(schema, op)?,
                (Some(n), true) => {
                    vec![format!(
                        "ALTER TABLE {} RENAME COLUMN {} TO {}",
                        t(&a.table),
                        t(&a.column),
                        t(n)
                    )]
                }
                (None, true) => vec![],
            }
        }
        Op::CreateIndex {
            name,
            table,
            columns,
            unique,
        } => vec![create_index(D, name, table, columns, *unique)],
        Op::DropIndex { name, .. } => vec![format!("DROP INDEX {}", t(name))],
        Op::CreateUnique { .. }
        | Op::CreatePrimaryKey { .. }
        | Op::CreateForeignKey { .. }
        | Op::DropConstraint { .. } => rebuild(schema, op)?,
        Op::CreateEnum { .. } | Op::DropEnum { .. } | Op::RenameEnum { .. } => vec![],
        Op::Update(u) => vec![update(D, u)?],
        Op::Sql { sqlite, .. } => sqlite.clone(),
    })
}

/// The statements that rebuild `op`'s table into its shape after `op`, keeping rows.
fn rebuild(schema: &Schema, op: &Op) -> Result<Vec<String>, String> {
    let name = op.table().ok_or("rebuild needs a table")?;
    let before = schema.require_table(name)?;
    let after = schema.table_after(op, D)?;
    let tmp = format!("{REBUILD_PREFIX}{name}");
    // Columns that survive, by old name -> new name.
    let renamed = match op {
        Op::AlterColumn(a) => a.new_name.as_ref().map(|n| (a.column.as_str(), n.as_str())),
        _ => None,
    };
    let mut from = Vec::new();
    let mut to = Vec::new();
    for c in &before.columns {
        let new_name = match renamed {
            Some((old, new)) if old == c.name => new,
            _ => c.name.as_str(),
        };
        if after.column(new_name).is_some() {
            from.push(D.ident(&c.name).into_owned());
            to.push(D.ident(new_name).into_owned());
        }
    }
    let mut shadow = after.clone();
    shadow.name = tmp.clone();
    let mut v = vec![
        create_table(&shadow)?,
        format!(
            "INSERT INTO {} ({}) SELECT {} FROM {}",
            D.ident(&tmp),
            to.join(", "),
            from.join(", "),
            D.ident(name)
        ),
        format!("DROP TABLE {}", D.ident(name)),
        format!("ALTER TABLE {} RENAME TO {}", D.ident(&tmp), D.ident(name)),
    ];
    for i in &after.indexes {
        v.push(create_index(D, &i.name, name, &i.columns, i.unique));
    }
    Ok(v)
}

/// The column's type as SQLite spells it (an enum is a VARCHAR of its longest value).
pub fn type_sql(c: &ColumnDef) -> Result<String, String> {
    Ok(match &c.ty {
        ColumnType::String(n) => format!("VARCHAR({n})"),
        ColumnType::Integer => "INTEGER".into(),
        ColumnType::BigInt => "BIGINT".into(),
        ColumnType::Text => "TEXT".into(),
        ColumnType::Boolean => "BOOLEAN".into(),
        ColumnType::DateTime => "DATETIME".into(),
        ColumnType::Numeric(p, s) => format!("NUMERIC({p}, {s})"),
        ColumnType::Float => "FLOAT".into(),
        ColumnType::Blob(_) => "BLOB".into(),
        ColumnType::Enum(_) => {
            let longest = enum_values(c)?
                .iter()
                .map(|v| v.chars().count())
                .max()
                .unwrap_or(1);
            format!("VARCHAR({longest})")
        }
    })
}

/// `name TYPE [NOT NULL] [DEFAULT x] [CHECK (name IN (...))]`; with `inline_pk` an
/// autoincrement key column becomes `INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT`.
pub fn column_sql(c: &ColumnDef, inline_pk: bool) -> Result<String, String> {
    if inline_pk {
        return Ok(format!(
            "{} INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT",
            D.ident(&c.name)
        ));
    }
    let mut s = format!(
        "{} {}{}{}",
        D.ident(&c.name),
        type_sql(c)?,
        if c.nullable { "" } else { " NOT NULL" },
        default_clause(c)
    );
    if let ColumnType::Enum(_) = c.ty {
        let vals: Vec<String> = enum_values(c)?.iter().map(|v| D.literal(v)).collect();
        s.push_str(&format!(
            " CHECK ({} IN ({}))",
            D.ident(&c.name),
            vals.join(", ")
        ));
    }
    Ok(s)
}

/// `CREATE TABLE` for a modelled table.
pub fn create_table(t: &Table) -> Result<String, String> {
    let auto = t.autoincrement_pk().map(|c| c.name.clone());
    let mut lines = Vec::new();
    for c in &t.columns {
        lines.push(column_sql(c, auto.as_deref() == Some(c.name.as_str()))?);
    }
    key_lines(D, t, auto.is_none(), &mut lines);
    Ok(format!(
        "CREATE TABLE {} (\n    {}\n)",
        D.ident(&t.name),
        lines.join(", \n    ")
    ))
}
