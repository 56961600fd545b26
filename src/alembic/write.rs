//! Writes a [`Migration`] as a migration file, in the layout of the files under
//! `migrations/` (one `[[upgrade]]` / `[[downgrade]]` table per step, columns inline).

use crate::definitions::dialect::Dialect;
use crate::definitions::migration::Migration;
use crate::definitions::ops::{Column, ConstraintKind, ForeignKeySpec, KeySpec, Op, Step};

fn q(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn list(items: &[String]) -> String {
    format!(
        "[{}]",
        items.iter().map(|s| q(s)).collect::<Vec<_>>().join(", ")
    )
}

fn column(c: &Column) -> String {
    let mut f = vec![
        format!("name = {}", q(&c.name)),
        format!("type = {}", q(&c.ty.to_string())),
    ];
    if !c.nullable {
        f.push("nullable = false".into());
    }
    if c.primary_key {
        f.push("primary_key = true".into());
    }
    if c.autoincrement {
        f.push("autoincrement = true".into());
    }
    if c.unique {
        f.push("unique = true".into());
    }
    if let Some(d) = &c.default {
        f.push(format!("default = {}", q(d)));
    }
    if let Some(v) = &c.values {
        f.push(format!("values = {}", list(v)));
    }
    format!("{{ {} }}", f.join(", "))
}

fn key(k: &KeySpec) -> String {
    match &k.name {
        Some(n) => format!("{{ name = {}, columns = {} }}", q(n), list(&k.columns)),
        None => format!("{{ columns = {} }}", list(&k.columns)),
    }
}

fn fk(f: &ForeignKeySpec) -> String {
    let mut p = Vec::new();
    if let Some(n) = &f.name {
        p.push(format!("name = {}", q(n)));
    }
    p.push(format!("columns = {}", list(&f.columns)));
    p.push(format!("ref_table = {}", q(&f.ref_table)));
    p.push(format!("ref_columns = {}", list(&f.ref_columns)));
    if let Some(d) = &f.on_delete {
        p.push(format!("on_delete = {}", q(d)));
    }
    if let Some(u) = &f.on_update {
        p.push(format!("on_update = {}", q(u)));
    }
    format!("{{ {} }}", p.join(", "))
}

fn step(out: &mut String, section: &str, s: &Step) {
    out.push_str(&format!("\n[[{section}]]\n"));
    let mut kv = |k: &str, v: String| out.push_str(&format!("{k} = {v}\n"));
    let name = |op: &Op| -> &'static str {
        match op {
            Op::CreateTable { .. } => "create_table",
            Op::DropTable { .. } => "drop_table",
            Op::AddColumn { .. } => "add_column",
            Op::DropColumn { .. } => "drop_column",
            Op::AlterColumn(_) => "alter_column",
            Op::CreateIndex { .. } => "create_index",
            Op::DropIndex { .. } => "drop_index",
            Op::CreateUnique { .. } => "create_unique",
            Op::CreatePrimaryKey { .. } => "create_primary_key",
            Op::CreateForeignKey { .. } => "create_foreign_key",
            Op::DropConstraint { .. } => "drop_constraint",
            Op::CreateEnum { .. } => "create_enum",
            Op::DropEnum { .. } => "drop_enum",
            Op::RenameEnum { .. } => "rename_enum",
            Op::ReorderColumns { .. } => "reorder_columns",
            Op::Update(_) => "update",
            Op::Sql { .. } => "sql",
        }
    };
    kv("op", q(name(&s.op)));
    match &s.op {
        Op::CreateTable {
            table,
            columns,
            primary_key,
            unique,
            foreign_keys,
        } => {
            kv("table", q(table));
            let cols: Vec<String> = columns
                .iter()
                .map(|c| format!("  {},\n", column(c)))
                .collect();
            kv("columns", format!("[\n{}]", cols.concat()));
            if let Some(k) = primary_key {
                kv("primary_key", key(k));
            }
            if !unique.is_empty() {
                kv(
                    "unique",
                    format!(
                        "[{}]",
                        unique.iter().map(key).collect::<Vec<_>>().join(", ")
                    ),
                );
            }
            if !foreign_keys.is_empty() {
                kv(
                    "foreign_keys",
                    format!(
                        "[{}]",
                        foreign_keys.iter().map(fk).collect::<Vec<_>>().join(", ")
                    ),
                );
            }
        }
        Op::DropTable { table } => kv("table", q(table)),
        Op::AddColumn { table, column: c } => {
            kv("table", q(table));
            kv("column", column(c));
        }
        Op::DropColumn { table, column } => {
            kv("table", q(table));
            kv("column", q(column));
        }
        Op::AlterColumn(a) => {
            kv("table", q(&a.table));
            kv("column", q(&a.column));
            if let Some(t) = &a.ty {
                kv("type", q(&t.to_string()));
            }
            if let Some(n) = a.nullable {
                kv("nullable", n.to_string());
            }
            if let Some(n) = &a.new_name {
                kv("new_name", q(n));
            }
            if let Some(n) = a.autoincrement {
                kv("autoincrement", n.to_string());
            }
            if let Some(d) = &a.default {
                kv("default", q(d));
            }
            if a.drop_default {
                kv("drop_default", "true".into());
            }
            if let Some(v) = &a.values {
                kv("values", list(v));
            }
            if let Some(u) = &a.using {
                kv("using", q(u));
            }
        }
        Op::CreateIndex {
            name,
            table,
            columns,
            unique,
        } => {
            kv("name", q(name));
            kv("table", q(table));
            kv("columns", list(columns));
            if *unique {
                kv("unique", "true".into());
            }
        }
        Op::DropIndex { name, table } => {
            kv("name", q(name));
            kv("table", q(table));
        }
        Op::CreateUnique {
            name,
            table,
            columns,
        }
        | Op::CreatePrimaryKey {
            name,
            table,
            columns,
        } => {
            kv("name", q(name));
            kv("table", q(table));
            kv("columns", list(columns));
        }
        Op::CreateForeignKey {
            name,
            table,
            columns,
            ref_table,
            ref_columns,
            on_delete,
            on_update,
        } => {
            kv("name", q(name));
            kv("table", q(table));
            kv("columns", list(columns));
            kv("ref_table", q(ref_table));
            kv("ref_columns", list(ref_columns));
            if let Some(d) = on_delete {
                kv("on_delete", q(d));
            }
            if let Some(u) = on_update {
                kv("on_update", q(u));
            }
        }
        Op::DropConstraint { name, table, kind } => {
            kv("name", q(name));
            kv("table", q(table));
            kv(
                "kind",
                q(match kind {
                    ConstraintKind::Unique => "unique",
                    ConstraintKind::ForeignKey => "foreign_key",
                    ConstraintKind::PrimaryKey => "primary_key",
                    ConstraintKind::Check => "check",
                }),
            );
        }
        Op::CreateEnum { name, values } => {
            kv("name", q(name));
            kv("values", list(values));
        }
        Op::DropEnum { name } => kv("name", q(name)),
        Op::RenameEnum { name, new_name } => {
            kv("name", q(name));
            kv("new_name", q(new_name));
        }
        Op::ReorderColumns { table, columns } => {
            kv("table", q(table));
            kv("columns", list(columns));
        }
        Op::Update(u) => {
            kv("table", q(&u.table));
            kv("column", q(&u.column));
            if let Some(v) = &u.value {
                kv("value", q(v));
            }
            if u.null {
                kv("null", "true".into());
            }
            if let Some(c) = &u.from_column {
                kv("from_column", q(c));
            }
            if let Some(w) = &u.where_in {
                kv("where_in", list(w));
            }
            if let Some(c) = &u.where_column {
                kv("where_column", q(c));
            }
        }
        Op::Sql {
            mysql,
            postgresql,
            sqlite,
        } => {
            for (k, v) in [
                ("mysql", mysql),
                ("postgresql", postgresql),
                ("sqlite", sqlite),
            ] {
                if !v.is_empty() {
                    kv(k, list(v));
                }
            }
        }
    }
    if let Some(ds) = &s.dialects {
        let names: Vec<String> = ds.iter().map(|d: &Dialect| d.name().to_string()).collect();
        kv("dialects", list(&names));
    }
}

/// The migration file for `m` (without `broken_downgrade`, which no script can say).
pub fn to_toml(m: &Migration) -> String {
    let mut out = format!("revision = {}\n", q(&m.revision));
    if let Some(d) = &m.down_revision {
        out.push_str(&format!("down_revision = {}\n", q(d)));
    }
    out.push_str(&format!("message = {}\n", q(&m.message)));
    for s in &m.upgrade {
        step(&mut out, "upgrade", s);
    }
    for s in &m.downgrade {
        step(&mut out, "downgrade", s);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_files_parse_back_to_the_same_migration() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/migrations/config/4da0c5f79a9c.toml"
        ))
        .unwrap();
        let m = crate::definitions::migration::parse("4da0c5f79a9c.toml", &text).unwrap();
        let back = crate::definitions::migration::parse("again.toml", &to_toml(&m)).unwrap();
        assert_eq!(back, m);
    }
}
