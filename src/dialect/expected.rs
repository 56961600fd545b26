//! The schema a model should have on a live database, in `introspect`'s text form.
//!
//! `verify` compares this with what `introspect::dump` reads back, and the tests do
//! the same after real upgrades, so every rule here states how a database reports
//! what our renderers create: MariaDB/MySQL's `COLUMN_TYPE`s and index names,
//! PostgreSQL's `format_type` and constraint names, SQLite's declared types.

use crate::definitions::ops::ColumnType;
use crate::dialect::{self, Dialect};
use crate::model::{ColumnDef, Schema, Table};

/// The normalized text `introspect::dump` should return for `schema` on `d`.
pub fn render(schema: &Schema, d: Dialect) -> String {
    let mut out = String::new();
    if d == Dialect::Postgresql {
        let mut enums: Vec<String> = schema
            .enums
            .iter()
            .map(|e| {
                let vals: Vec<String> = e
                    .values
                    .iter()
                    .map(|v| format!("'{}'", v.replace('\'', "''")))
                    .collect();
                format!("enum {}: {}", e.name, vals.join(","))
            })
            .collect();
        enums.sort();
        for e in enums {
            out.push_str(&e);
            out.push('\n');
        }
    }
    let mut tables: Vec<&Table> = schema.tables.iter().collect();
    tables.sort_by(|a, b| a.name.cmp(&b.name));
    for t in tables {
        out.push_str(&format!("table {}\n", t.name));
        for c in &t.columns {
            out.push_str(&format!("  column {}\n", column(t, c, d)));
        }
        let mut cons = constraints(t, d);
        cons.sort();
        for (_, line) in cons {
            out.push_str(&format!("  {line}\n"));
        }
    }
    out
}

fn column(t: &Table, c: &ColumnDef, d: Dialect) -> String {
    let mut line = format!("{} {}", c.name, type_name(c, d));
    if !c.nullable {
        line.push_str(" not null");
    }
    match d {
        Dialect::Mysql => {
            if let Some(def) = &c.default {
                line.push_str(&format!(" default={def}"));
            }
            if c.autoincrement {
                line.push_str(" auto_increment");
            }
        }
        Dialect::Postgresql => {
            if c.autoincrement {
                line.push_str(&format!(
                    " default=nextval('{}_{}_seq'::regclass) autoincrement",
                    t.name, c.name
                ));
            } else if let Some(def) = &c.default {
                line.push_str(&format!(" default={def}"));
            }
        }
        Dialect::Sqlite => {
            if let Some(def) = &c.default {
                line.push_str(&format!(" default={def}"));
            }
            if t.autoincrement_pk().is_some_and(|k| k.name == c.name) {
                line = format!("{} integer not null autoincrement", c.name);
            }
        }
    }
    line
}

fn type_name(c: &ColumnDef, d: Dialect) -> String {
    let enum_vals = || {
        c.enum_values
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|v| d.literal(v))
            .collect::<Vec<_>>()
    };
    match d {
        Dialect::Mysql => match &c.ty {
            ColumnType::String(n) => format!("varchar({n})"),
            ColumnType::Integer => "int".into(),
            ColumnType::BigInt => "bigint".into(),
            ColumnType::Text => "text".into(),
            ColumnType::Boolean => "tinyint(1)".into(),
            ColumnType::DateTime => "datetime".into(),
            ColumnType::Numeric(p, s) => format!("decimal({p},{s})"),
            ColumnType::Float => "float".into(),
            ColumnType::Blob(None) => "blob".into(),
            ColumnType::Blob(Some(n)) => match n {
                0..=255 => "tinyblob",
                256..=65_535 => "blob",
                65_536..=16_777_215 => "mediumblob",
                _ => "longblob",
            }
            .into(),
            ColumnType::Enum(_) => format!("enum({})", enum_vals().join(",")),
        },
        Dialect::Postgresql => match &c.ty {
            ColumnType::String(n) => format!("character varying({n})"),
            ColumnType::Integer => "integer".into(),
            ColumnType::BigInt => "bigint".into(),
            ColumnType::Text => "text".into(),
            ColumnType::Boolean => "boolean".into(),
            ColumnType::DateTime => "timestamp without time zone".into(),
            ColumnType::Numeric(p, s) => format!("numeric({p},{s})"),
            ColumnType::Float => "double precision".into(),
            ColumnType::Blob(_) => "bytea".into(),
            ColumnType::Enum(name) => d.ident(name).into_owned(),
        },
        Dialect::Sqlite => dialect::sqlite::type_sql(c)
            .unwrap_or_default()
            .to_lowercase(),
    }
}

fn constraints(t: &Table, d: Dialect) -> Vec<(u8, String)> {
    let mut out = Vec::new();
    match d {
        Dialect::Mysql => {
            if let Some(pk) = &t.primary_key {
                out.push((0, format!("pk ({})", pk.columns.join(","))));
            }
            for u in &t.uniques {
                out.push((
                    2,
                    format!("index {} ({}) unique", u.name, u.columns.join(",")),
                ));
            }
            out.extend(t.indexes.iter().map(|i| (2, index_line(i))));
            for f in &t.foreign_keys {
                // InnoDB needs an index starting with the key's columns and makes
                // one, named after the constraint, when there is none.
                let covered = t
                    .primary_key
                    .iter()
                    .map(|k| &k.columns)
                    .chain(t.uniques.iter().map(|k| &k.columns))
                    .chain(t.indexes.iter().map(|i| &i.columns))
                    .any(|cols| cols.starts_with(&f.columns));
                if !covered {
                    out.push((2, format!("index {} ({})", f.name, f.columns.join(","))));
                }
                out.push((3, fk_line(Some(&f.name), f, "no action")));
            }
        }
        Dialect::Postgresql => {
            if let Some(pk) = &t.primary_key {
                out.push((0, format!("pk {} ({})", pk.name, pk.columns.join(","))));
            }
            for u in &t.uniques {
                out.push((1, format!("unique {} ({})", u.name, u.columns.join(","))));
            }
            out.extend(t.indexes.iter().map(|i| (2, index_line(i))));
            for f in &t.foreign_keys {
                out.push((3, fk_line(Some(&f.name), f, "no action")));
            }
        }
        Dialect::Sqlite => {
            if let Some(pk) = &t.primary_key {
                out.push((0, format!("pk ({})", pk.columns.join(","))));
            }
            for u in &t.uniques {
                out.push((1, format!("unique ({})", u.columns.join(","))));
            }
            out.extend(t.indexes.iter().map(|i| (2, index_line(i))));
            for f in &t.foreign_keys {
                out.push((3, fk_line(None, f, "no action")));
            }
            for c in &t.columns {
                if let (ColumnType::Enum(_), Some(vals)) = (&c.ty, &c.enum_values) {
                    let vals: Vec<String> = vals.iter().map(|v| d.literal(v)).collect();
                    out.push((
                        4,
                        format!("check ({} IN ({}))", d.ident(&c.name), vals.join(", ")),
                    ));
                }
            }
        }
    }
    out
}

fn index_line(i: &crate::model::Index) -> String {
    format!(
        "index {} ({}){}",
        i.name,
        i.columns.join(","),
        if i.unique { " unique" } else { "" }
    )
}

fn fk_line(name: Option<&str>, f: &crate::model::ForeignKey, default_rule: &str) -> String {
    let rule = |r: &Option<String>| {
        r.as_deref()
            .map(str::to_lowercase)
            .unwrap_or_else(|| default_rule.to_string())
    };
    format!(
        "fk {}({}) -> {}({}) on update {} on delete {}",
        name.map(|n| format!("{n} ")).unwrap_or_default(),
        f.columns.join(","),
        f.ref_table,
        f.ref_columns.join(","),
        rule(&f.on_update),
        rule(&f.on_delete)
    )
}

/// Whether two models describe the same database on `d`, whatever the order of
/// their columns and constraints.
pub fn same_schema(a: &Schema, b: &Schema, d: Dialect) -> bool {
    // Equal models, then equal text, are the common cases and far cheaper than the
    // line-by-line compare.
    if a == b {
        return true;
    }
    let (a, b) = (render(a, d), render(b, d));
    a == b || crate::model::compare::compare(&a, &b).is_empty()
}
