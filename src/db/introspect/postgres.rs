//! PostgreSQL: the schema from `pg_catalog`.

use super::{new_table, q, s, Dump, ViewUse, CHECK, FK, INDEX, PK, TRIGGER, UNIQUE};
use crate::db::driver::Connection;
use crate::error::Error;

pub(super) fn read(conn: &mut dyn Connection) -> Result<Dump, Error> {
    let mut d = Dump::default();
    let mut enums: Vec<(String, Vec<String>)> = Vec::new();
    for r in q(
        conn,
        "SELECT t.typname, e.enumlabel FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace \
         JOIN pg_enum e ON e.enumtypid = t.oid WHERE n.nspname = current_schema() ORDER BY t.typname, e.enumsortorder",
    )? {
        match enums.iter_mut().find(|e| e.0 == s(&r[0])) {
            Some(e) => e.1.push(s(&r[1]).into()),
            None => enums.push((s(&r[0]).into(), vec![s(&r[1]).into()])),
        }
    }
    for (name, vals) in &enums {
        let vals: Vec<String> = vals
            .iter()
            .map(|v| format!("'{}'", v.replace('\'', "''")))
            .collect();
        d.enums.push(format!("enum {name}: {}", vals.join(",")));
    }
    for r in q(
        conn,
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = current_schema() AND c.relkind IN ('r','p')",
    )? {
        d.tables.push(new_table(s(&r[0])));
    }
    for r in q(
        conn,
        "SELECT c.relname, a.attname, a.attnum, format_type(a.atttypid, a.atttypmod), a.attnotnull, \
         pg_get_expr(ad.adbin, ad.adrelid), a.attidentity FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid \
         JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum \
         WHERE n.nspname = current_schema() AND c.relkind IN ('r','p') AND a.attnum > 0 AND NOT a.attisdropped",
    )? {
        let Some(t) = d.table(s(&r[0])) else { continue };
        let mut line = format!("{} {}", s(&r[1]), s(&r[3]));
        if s(&r[4]) == "t" {
            line.push_str(" not null");
        }
        if let Some(def) = &r[5] {
            line.push_str(&format!(" default={def}"));
            if def.starts_with("nextval(") {
                line.push_str(" autoincrement");
            }
        }
        match s(&r[6]) {
            "a" => line.push_str(" identity always"),
            "d" => line.push_str(" identity by default"),
            _ => {}
        }
        t.columns.push((s(&r[2]).parse().unwrap_or(0), line));
    }
    for r in q(
        conn,
        "SELECT c.relname, k.conname, k.contype, \
         ARRAY(SELECT attname FROM unnest(k.conkey) WITH ORDINALITY u(n, o) JOIN pg_attribute ON attrelid = k.conrelid AND attnum = u.n ORDER BY o), \
         r.relname, \
         ARRAY(SELECT attname FROM unnest(k.confkey) WITH ORDINALITY u(n, o) JOIN pg_attribute ON attrelid = k.confrelid AND attnum = u.n ORDER BY o), \
         k.confupdtype, k.confdeltype, pg_get_constraintdef(k.oid) \
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace \
         LEFT JOIN pg_class r ON r.oid = k.confrelid WHERE n.nspname = current_schema()",
    )? {
        let Some(t) = d.table(s(&r[0])) else { continue };
        let cols = pg_array(s(&r[3]));
        let name = s(&r[1]);
        match s(&r[2]) {
            "p" => t.constraints.push((PK, format!("pk {name} ({cols})"))),
            "u" => t.constraints.push((UNIQUE, format!("unique {name} ({cols})"))),
            "f" => t.constraints.push((
                FK,
                format!(
                    "fk {name} ({cols}) -> {}({}) on update {} on delete {}",
                    s(&r[4]),
                    pg_array(s(&r[5])),
                    pg_action(s(&r[6])),
                    pg_action(s(&r[7]))
                ),
            )),
            "c" => t.constraints.push((CHECK, format!("check {name} {}", s(&r[8])))),
            _ => {}
        }
    }
    for r in q(
        conn,
        "SELECT c.relname, ic.relname, i.indisunique, \
         ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) k), \
         pg_get_expr(i.indpred, i.indrelid) \
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid \
         JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() \
         AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.contype IN ('p','u'))",
    )? {
        let Some(t) = d.table(s(&r[0])) else { continue };
        let mut line = format!("index {} ({})", s(&r[1]), pg_array(s(&r[3])));
        if s(&r[2]) == "t" {
            line.push_str(" unique");
        }
        if let Some(p) = &r[4] {
            line.push_str(&format!(" where {p}"));
        }
        t.constraints.push((INDEX, line));
    }
    for r in q(
        conn,
        "SELECT t.tgname, c.relname FROM pg_catalog.pg_trigger t \
         JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid \
         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace \
         WHERE NOT t.tgisinternal AND n.nspname = current_schema()",
    )? {
        if let Some(t) = d.table(s(&r[1])) {
            t.constraints
                .push((TRIGGER, format!("trigger {}", s(&r[0]))));
        }
    }
    for r in q(
        conn,
        "SELECT viewname FROM pg_catalog.pg_views WHERE schemaname = current_schema()",
    )? {
        d.views.push(s(&r[0]).to_string());
    }
    Ok(d)
}

/// `{a,b}` or `{"100rel"}` -> `a,b` / `100rel`.
fn pg_array(a: &str) -> String {
    a.trim_start_matches('{')
        .trim_end_matches('}')
        .split(',')
        .map(|x| x.trim_matches('"'))
        .collect::<Vec<_>>()
        .join(",")
}

fn pg_action(c: &str) -> &'static str {
    match c {
        "r" => "restrict",
        "c" => "cascade",
        "n" => "set null",
        "d" => "set default",
        _ => "no action",
    }
}

/// What each view of the current schema reads: (view, table, column), the column
/// empty where the view depends on the table as a whole.
pub(super) fn view_uses(conn: &mut dyn Connection) -> Result<Vec<ViewUse>, Error> {
    Ok(q(
        conn,
        "SELECT DISTINCT v.relname, t.relname, COALESCE(a.attname, '') \
         FROM pg_catalog.pg_depend d \
         JOIN pg_catalog.pg_rewrite r ON r.oid = d.objid \
         JOIN pg_catalog.pg_class v ON v.oid = r.ev_class \
         JOIN pg_catalog.pg_class t ON t.oid = d.refobjid \
         JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace \
         LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid \
         WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass \
         AND d.refclassid = 'pg_catalog.pg_class'::regclass \
         AND v.oid <> t.oid AND n.nspname = current_schema() \
         ORDER BY 1, 2, 3",
    )?
    .iter()
    .map(|r| ViewUse {
        view: s(&r[0]).to_string(),
        table: s(&r[1]).to_string(),
        column: s(&r[2]).to_string(),
    })
    .collect())
}
