//! PostgreSQL renderer.
//!
//! Differences from the shared defaults: enums are named types created, renamed and
//! dropped by their own operations (`CREATE TYPE ... AS ENUM`), and a column moving to
//! an enum type converts with `USING col::text::type`; autoincrement integer keys are
//! `SERIAL` / `BIGSERIAL`; altering a column emits one `ALTER COLUMN` per changed
//! attribute and never touches what the operation does not name.

use super::{create_index, default_clause, foreign_key_sql, update};
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::{ColumnType, Op};
use crate::model::{ColumnDef, Schema, Table};

const D: Dialect = Dialect::Postgresql;

pub fn render(op: &Op, schema: &Schema) -> Result<Vec<String>, String> {
    let t = |name: &str| D.ident(name).into_owned();
    Ok(match op {
        Op::CreateTable { .. } => {
            let built = schema.created_table(op, D)?;
            vec![create_table(&built, false)]
        }
        Op::DropTable { table } => vec![format!("DROP TABLE {}", t(table))],
        Op::AddColumn { table, column } => {
            let def = schema.column_def(column, D)?;
            let mut v = vec![format!(
                "ALTER TABLE {} ADD COLUMN {}",
                t(table),
                column_sql(&def)
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
            let before = schema.require_table(&a.table)?;
            let old = before
                .column(&a.column)
                .ok_or_else(|| format!("column {}.{} does not exist", a.table, a.column))?;
            let after = schema.table_after(op, D)?;
            let name = a.new_name.as_deref().unwrap_or(&a.column);
            let new = after
                .column(name)
                .ok_or_else(|| format!("column {}.{name} vanished", a.table))?;
            let head = format!("ALTER TABLE {} ALTER COLUMN {}", t(&a.table), t(&a.column));
            let mut v = Vec::new();
            if a.nullable.is_some() && old.nullable != new.nullable {
                v.push(format!(
                    "{head} {} NOT NULL",
                    if new.nullable { "DROP" } else { "SET" }
                ));
            }
            if a.ty.is_some() {
                let ty = type_sql(new);
                let using = match (&a.using, &new.ty) {
                    (Some(u), _) => format!(" USING {u}"),
                    (None, ColumnType::Enum(_)) => format!(" USING {}::text::{ty}", t(&a.column)),
                    (None, to) if needs_cast(&old.ty, to) => {
                        format!(" USING {}::{ty}", t(&a.column))
                    }
                    _ => String::new(),
                };
                v.push(format!("{head} TYPE {ty}{using}"));
            }
            if let Some(d) = &a.default {
                v.push(format!("{head} SET DEFAULT {d}"));
            }
            if a.drop_default {
                v.push(format!("{head} DROP DEFAULT"));
            }
            if let Some(n) = &a.new_name {
                v.push(format!(
                    "ALTER TABLE {} RENAME {} TO {}",
                    t(&a.table),
                    t(&a.column),
                    t(n)
                ));
            }
            v
        }
        Op::CreateIndex {
            name,
            table,
            columns,
            unique,
        } => vec![create_index(D, name, table, columns, *unique)],
        Op::DropIndex { name, .. } => vec![format!("DROP INDEX {}", t(name))],
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
                foreign_key_sql(D, fk, false)
            )]
        }
        Op::DropConstraint { name, table, .. } => {
            vec![format!(
                "ALTER TABLE {} DROP CONSTRAINT {}",
                t(table),
                t(name)
            )]
        }
        Op::CreateEnum { name, values } => {
            let vals: Vec<String> = values.iter().map(|v| D.literal(v)).collect();
            vec![format!(
                "CREATE TYPE {} AS ENUM ({})",
                t(name),
                vals.join(", ")
            )]
        }
        Op::DropEnum { name } => vec![format!("DROP TYPE {}", t(name))],
        Op::ReorderColumns { table, .. } => rebuild(schema, &schema.table_after(op, D)?, table)?,
        Op::RenameEnum { name, new_name } => {
            vec![format!("ALTER TYPE {} RENAME TO {}", t(name), t(new_name))]
        }
        Op::Update(u) => vec![update(D, u)?],
        Op::Sql { postgresql, .. } => postgresql.clone(),
    })
}

/// Whether PostgreSQL can rebuild `table`: not when a column is SERIAL (its sequence
/// would clash) or another table's foreign key points at it.
pub fn can_rebuild(schema: &Schema, table: &str) -> bool {
    schema
        .table(table)
        .is_some_and(|t| !t.columns.iter().any(|c| c.autoincrement))
        && !schema
            .tables
            .iter()
            .any(|o| o.name != table && o.foreign_keys.iter().any(|f| f.ref_table == table))
}

/// Rebuilds `table` into the shape `after` (used to put columns in another order,
/// which PostgreSQL cannot do in place): the old table and its constraints and
/// indexes are renamed out of the way, the new one created under the right names,
/// the rows copied, the old one dropped. Runs inside the caller's transaction.
fn rebuild(schema: &Schema, after: &Table, table: &str) -> Result<Vec<String>, String> {
    if !can_rebuild(schema, table) {
        return Err(format!("table {table} cannot be rebuilt on PostgreSQL (a SERIAL column, or referenced by a foreign key)"));
    }
    let old = schema.require_table(table)?;
    if !old.unowned.blockers.is_empty() {
        return Err(format!(
            "table {table} cannot be rebuilt on PostgreSQL (to put its columns in order) without losing what an operator added: {}",
            old.unowned.blockers.join("; ")
        ));
    }
    let carried = &old.unowned;
    let t = |n: &str| D.ident(n).into_owned();
    let aside = |n: &str| pg_ident_limit(&format!("ast_schema_old_{n}"));
    let tmp = aside(table);
    let mut v = vec![format!("ALTER TABLE {} RENAME TO {}", t(table), t(&tmp))];
    let constraints = old
        .primary_key
        .iter()
        .map(|k| &k.name)
        .chain(old.uniques.iter().map(|k| &k.name))
        .chain(old.foreign_keys.iter().map(|f| &f.name));
    for name in constraints {
        v.push(format!(
            "ALTER TABLE {} RENAME CONSTRAINT {} TO {}",
            t(&tmp),
            t(name),
            t(&aside(name))
        ));
    }
    for i in &old.indexes {
        v.push(format!(
            "ALTER INDEX {} RENAME TO {}",
            t(&i.name),
            t(&aside(&i.name))
        ));
    }
    v.push(create_table_with(after, true, &carried.columns));
    let cols = D.idents(
        &after
            .columns
            .iter()
            .map(|c| c.name.clone())
            .chain(carried.columns.iter().map(|(n, _)| n.clone()))
            .collect::<Vec<_>>(),
    );
    v.push(format!(
        "INSERT INTO {} ({cols}) SELECT {cols} FROM {}",
        t(table),
        t(&tmp)
    ));
    // What the operator added goes across (SQLite's rebuild does the same): the
    // old table takes its own indexes, constraints and triggers with it when it
    // is dropped, so they are made again on the new one after that.
    v.extend(carried.before_drop.iter().cloned());
    v.push(format!("DROP TABLE {}", t(&tmp)));
    for i in &after.indexes {
        v.push(create_index(D, &i.name, table, &i.columns, i.unique));
    }
    v.extend(carried.indexes.iter().map(|(_, sql)| sql.clone()));
    v.extend(carried.after.iter().cloned());
    Ok(v)
}

/// An identifier cut to PostgreSQL's 63 bytes, with a hash to keep it unique.
fn pg_ident_limit(s: &str) -> String {
    if s.len() <= 63 {
        return s.to_string();
    }
    let mut end = 46;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}_{:016x}", &s[..end], crate::dialect::quote::fnv1a(s))
}

/// Whether PostgreSQL needs an explicit cast to move a column from `from` to `to`
/// (text-like to a number or boolean has no assignment cast).
fn needs_cast(from: &ColumnType, to: &ColumnType) -> bool {
    let texty = |t: &ColumnType| {
        matches!(
            t,
            ColumnType::String(_) | ColumnType::Text | ColumnType::Enum(_)
        )
    };
    let numeric = |t: &ColumnType| {
        matches!(
            t,
            ColumnType::Integer
                | ColumnType::BigInt
                | ColumnType::Float
                | ColumnType::Numeric(..)
                | ColumnType::Boolean
        )
    };
    texty(from) && numeric(to)
}

/// The column's type as PostgreSQL spells it.
pub fn type_sql(c: &ColumnDef) -> String {
    match &c.ty {
        ColumnType::String(n) => format!("VARCHAR({n})"),
        ColumnType::Integer => "INTEGER".into(),
        ColumnType::BigInt => "BIGINT".into(),
        ColumnType::Text => "TEXT".into(),
        ColumnType::Boolean => "BOOLEAN".into(),
        ColumnType::DateTime => "TIMESTAMP WITHOUT TIME ZONE".into(),
        ColumnType::Numeric(p, s) => format!("NUMERIC({p}, {s})"),
        ColumnType::Float => "FLOAT".into(),
        ColumnType::Blob(_) => "BYTEA".into(),
        ColumnType::Enum(name) => D.ident(name).into_owned(),
    }
}

/// `name TYPE [NOT NULL] [DEFAULT x]`, with SERIAL / BIGSERIAL for autoincrement.
pub fn column_sql(c: &ColumnDef) -> String {
    let ty = match (&c.ty, c.autoincrement) {
        (ColumnType::Integer, true) => "SERIAL".to_string(),
        (ColumnType::BigInt, true) => "BIGSERIAL".to_string(),
        _ => type_sql(c),
    };
    format!(
        "{} {}{}{}",
        D.ident(&c.name),
        ty,
        if c.nullable { "" } else { " NOT NULL" },
        default_clause(c)
    )
}

/// `CREATE TABLE` for a modelled table, in Alembic's layout; `name_all` names
/// every constraint (see `key_lines`).
pub fn create_table(t: &Table, name_all: bool) -> String {
    create_table_with(t, name_all, &[])
}

/// `CREATE TABLE` with extra column declarations after the model's columns.
fn create_table_with(t: &Table, name_all: bool, extra: &[(String, String)]) -> String {
    let mut lines: Vec<String> = t.columns.iter().map(column_sql).collect();
    lines.extend(extra.iter().map(|(_, decl)| decl.clone()));
    super::key_lines(D, t, true, name_all, &mut lines);
    format!(
        "CREATE TABLE {} (\n    {}\n)",
        D.ident(&t.name),
        lines.join(", \n    ")
    )
}
