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

use super::{create_index, default_clause, enum_values, key_lines, push_marked, update, Rendered};
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::{AlterColumn, ColumnType, Op};
use crate::model::{ColumnDef, Schema, Table, UnownedKind, UnownedObject};

const D: Dialect = Dialect::Sqlite;

/// Prefix of the transient table a rebuild creates.
pub const REBUILD_PREFIX: &str = "ast_schema_rebuild_";

pub fn render(op: &Op, schema: &Schema) -> Result<Vec<String>, String> {
    let t = |name: &str| D.ident(name).into_owned();
    Ok(match op {
        Op::CreateTable { .. } => {
            let built = schema.created_table(op, D)?;
            vec![create_table(&built)?]
        }
        Op::DropTable { table } => vec![format!("DROP TABLE {}", t(table))],
        _ if needs_rebuild(op, schema)? => {
            let name = op.table().ok_or("rebuild needs a table")?;
            let before = schema.require_table(name)?;
            let after = schema.table_after(op, D)?;
            rebuild_between(before, &after, &renames(&[op]), &schema.unowned)?
        }
        Op::AddColumn { table, column } => vec![format!(
            "ALTER TABLE {} ADD COLUMN {}",
            t(table),
            column_sql(&schema.column_def(column, D)?, false)?
        )],
        Op::DropColumn { table, column } => vec![format!(
            "ALTER TABLE {} DROP COLUMN {}",
            t(table),
            t(column)
        )],
        Op::AlterColumn(a) => match &a.new_name {
            Some(n) => vec![format!(
                "ALTER TABLE {} RENAME COLUMN {} TO {}",
                t(&a.table),
                t(&a.column),
                t(n)
            )],
            None => vec![],
        },
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
        | Op::DropConstraint { .. }
        | Op::ReorderColumns { .. } => {
            unreachable!("constraint changes and reordering always rebuild")
        }
        Op::CreateEnum { .. } | Op::DropEnum { .. } | Op::RenameEnum { .. } => vec![],
        Op::Update(u) => vec![update(D, u)?],
        Op::Sql { sqlite, .. } => sqlite.clone(),
    })
}

/// Whether SQLite must rebuild the table to do `op` (see the module comment).
fn needs_rebuild(op: &Op, schema: &Schema) -> Result<bool, String> {
    Ok(match op {
        Op::AddColumn { column, .. } => {
            let def = schema.column_def(column, D)?;
            column.unique || (!def.nullable && def.default.is_none())
        }
        Op::DropColumn { table, column } => {
            schema.require_table(table)?.column_is_constrained(column)
        }
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
            // Only a pure rename is done in place.
            ColumnDef {
                name: old.name.clone(),
                ..new.clone()
            } != *old
        }
        Op::CreateUnique { .. }
        | Op::CreatePrimaryKey { .. }
        | Op::CreateForeignKey { .. }
        | Op::DropConstraint { .. }
        | Op::ReorderColumns { .. } => true,
        _ => false,
    })
}

/// Column renames done by `ops`, composed: (name before the first, name after the last).
fn renames(ops: &[&Op]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for op in ops {
        if let Op::AlterColumn(AlterColumn {
            column,
            new_name: Some(new),
            ..
        }) = op
        {
            match out.iter_mut().find(|(_, now)| now == column) {
                Some(entry) => entry.1 = new.clone(),
                None => out.push((column.clone(), new.clone())),
            }
        }
    }
    out
}

/// Renders a revision's operations; consecutive operations on one table that each
/// need a rebuild share a single rebuild into the shape after the last of them.
pub fn render_ops(ops: &[&Op], schema: &mut Schema) -> Result<Vec<Rendered>, (usize, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ops.len() {
        let rebuilds = needs_rebuild(ops[i], schema).map_err(|e| (i, e))?;
        let (true, Some(table)) = (rebuilds, ops[i].table()) else {
            push_marked(
                &mut out,
                render(ops[i], schema).map_err(|e| (i, e))?,
                i,
                i + 1,
            );
            schema.apply(ops[i], D).map_err(|e| (i, e))?;
            i += 1;
            continue;
        };
        let before = schema.require_table(table).map_err(|e| (i, e))?.clone();
        let mut j = i;
        while j < ops.len()
            && ops[j].table() == Some(table)
            && (j == i || needs_rebuild(ops[j], schema).map_err(|e| (j, e))?)
        {
            schema.apply(ops[j], D).map_err(|e| (j, e))?;
            j += 1;
        }
        let after = schema.require_table(table).map_err(|e| (i, e))?;
        let stmts = rebuild_between(&before, after, &renames(&ops[i..j]), &schema.unowned)
            .map_err(|e| (i, e))?;
        push_marked(&mut out, stmts, i, j);
        i = j;
    }
    Ok(out)
}

/// The statements that rebuild a table from shape `before` into shape `after`,
/// keeping every row: columns present in both (following `renames`) are copied.
/// What no revision made is carried across, as SQLite's own procedure for other
/// kinds of table changes does: the table's unowned columns (with their values)
/// and indexes, its triggers, and the views and other tables' triggers that name it
/// (dropped first, since the rename refuses while they point at a missing table,
/// and made again after).
fn rebuild_between(
    before: &Table,
    after: &Table,
    renames: &[(String, String)],
    unowned: &[UnownedObject],
) -> Result<Vec<String>, String> {
    let name = &after.name;
    let tmp = format!("{REBUILD_PREFIX}{name}");
    let mut from = Vec::new();
    let mut to = Vec::new();
    for c in &before.columns {
        let new_name = renames
            .iter()
            .find(|(old, _)| *old == c.name)
            .map_or(c.name.as_str(), |(_, new)| new.as_str());
        if after.column(new_name).is_some() {
            from.push(D.ident(&c.name).into_owned());
            to.push(D.ident(new_name).into_owned());
        }
    }
    for (c, _) in &after.unowned.columns {
        from.push(D.ident(c).into_owned());
        to.push(D.ident(c).into_owned());
    }
    let mut shadow = after.clone();
    shadow.name = tmp.clone();
    let own_triggers: Vec<&UnownedObject> = unowned
        .iter()
        .filter(|o| o.kind == UnownedKind::Trigger && o.table == *name)
        .collect();
    let dependents: Vec<&UnownedObject> = unowned
        .iter()
        .filter(|o| o.table != *name && names_table(&o.sql, name))
        .collect();
    let mut v = vec![
        create_table_with(&shadow, &after.unowned.columns)?,
        format!(
            "INSERT INTO {} ({}) SELECT {} FROM {}",
            D.ident(&tmp),
            to.join(", "),
            from.join(", "),
            D.ident(name)
        ),
    ];
    for o in &dependents {
        v.push(format!("DROP {} {}", kind_sql(o.kind), D.ident(&o.name)));
    }
    v.push(format!("DROP TABLE {}", D.ident(name)));
    v.push(format!(
        "ALTER TABLE {} RENAME TO {}",
        D.ident(&tmp),
        D.ident(name)
    ));
    for i in &after.indexes {
        v.push(create_index(D, &i.name, name, &i.columns, i.unique));
    }
    v.extend(after.unowned.indexes.iter().map(|(_, sql)| sql.clone()));
    v.extend(own_triggers.iter().map(|o| o.sql.clone()));
    v.extend(dependents.iter().map(|o| o.sql.clone()));
    Ok(v)
}

fn kind_sql(k: UnownedKind) -> &'static str {
    match k {
        UnownedKind::Trigger => "TRIGGER",
        UnownedKind::View => "VIEW",
    }
}

/// Whether an SQL text names `table` as a whole word (quoted or not, any case).
fn names_table(sql: &str, table: &str) -> bool {
    let hay = sql.to_ascii_lowercase();
    let needle = table.to_ascii_lowercase();
    let word = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    hay.match_indices(&needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        !before.is_some_and(word) && !after.is_some_and(word)
    })
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
    create_table_with(t, &[])
}

/// `CREATE TABLE` with extra column declarations after the model's columns.
fn create_table_with(t: &Table, extra: &[(String, String)]) -> Result<String, String> {
    let auto = t.autoincrement_pk().map(|c| c.name.clone());
    let mut lines = Vec::new();
    for c in &t.columns {
        lines.push(column_sql(c, auto.as_deref() == Some(c.name.as_str()))?);
    }
    lines.extend(extra.iter().map(|(_, decl)| decl.clone()));
    key_lines(D, t, auto.is_none(), false, &mut lines);
    Ok(format!(
        "CREATE TABLE {} (\n    {}\n)",
        D.ident(&t.name),
        lines.join(", \n    ")
    ))
}
