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

/// What a PostgreSQL table has that a rebuild (rename aside, create, copy, drop)
/// must make again on the new table, read from the catalog. `owned_columns`,
/// `owned_constraints` and `owned_indexes` are the ones the revisions made (the
/// rebuild makes those itself).
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Carried {
    /// Operator's columns: name and declaration (`"site" varchar(8) NOT NULL DEFAULT 'x'`).
    pub columns: Vec<(String, String)>,
    /// Operator's indexes: name and `CREATE INDEX` statement.
    pub indexes: Vec<(String, String)>,
    /// Statements to run on the new table once the old one is gone: operator's
    /// constraints, triggers, comments, grants, the owner, and other tables'
    /// foreign keys to it made again.
    pub after: Vec<String>,
    /// Statements to run before the old table is dropped: sequences an
    /// operator's column owns move to the new table, other tables' foreign keys
    /// to it are dropped (and made again after).
    pub before_drop: Vec<String>,
    /// What cannot be carried across (the rebuild is refused, naming them).
    pub blockers: Vec<String>,
}

pub fn carried(
    conn: &mut dyn Connection,
    table: &str,
    owned_columns: &[String],
    owned_constraints: &[String],
    owned_indexes: &[String],
) -> Result<Carried, Error> {
    let d = crate::definitions::dialect::Dialect::Postgresql;
    let lit = d.literal(table);
    let t = d.ident(table).into_owned();
    // The table, in the current schema (regclass would follow search_path too).
    let oid = format!(
        "(SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
         WHERE n.nspname = current_schema() AND c.relname = {lit} AND c.relkind = 'r')"
    );
    let mut out = Carried::default();
    for r in q(
        conn,
        &format!(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid), \
             a.attidentity, a.attgenerated, CASE WHEN a.attcollation <> t.typcollation THEN co.collname END \
             FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid \
             LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum \
             LEFT JOIN pg_collation co ON co.oid = a.attcollation \
             WHERE a.attrelid = {oid} AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"
        ),
    )? {
        let name = s(&r[0]).to_string();
        if owned_columns.contains(&name) {
            continue;
        }
        if !s(&r[4]).is_empty() || !s(&r[5]).is_empty() {
            out.blockers.push(format!("column {table}.{name} is an identity or generated column"));
            continue;
        }
        let mut decl = format!("{} {}", d.ident(&name), s(&r[1]));
        if let Some(c) = &r[6] {
            decl.push_str(&format!(" COLLATE {}", d.ident(c)));
        }
        if s(&r[2]) == "t" {
            decl.push_str(" NOT NULL");
        }
        if let Some(def) = &r[3] {
            decl.push_str(&format!(" DEFAULT {def}"));
        }
        out.columns.push((name, decl));
    }
    let backing: Vec<String> = q(
        conn,
        &format!("SELECT i.relname FROM pg_constraint k JOIN pg_class i ON i.oid = k.conindid WHERE k.conrelid = {oid}"),
    )?
    .into_iter()
    .map(|r| s(&r[0]).to_string())
    .collect();
    for r in q(
        conn,
        &format!(
            "SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid \
             WHERE x.indrelid = {oid} ORDER BY i.relname"
        ),
    )? {
        let name = s(&r[0]).to_string();
        if !owned_indexes.contains(&name) && !backing.contains(&name) {
            out.indexes.push((name, s(&r[1]).to_string()));
        }
    }
    for r in q(
        conn,
        &format!("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = {oid} ORDER BY conname"),
    )? {
        let name = s(&r[0]).to_string();
        if !owned_constraints.contains(&name) {
            out.after.push(format!(
                "ALTER TABLE {t} ADD CONSTRAINT {} {}",
                d.ident(&name),
                s(&r[1])
            ));
        }
    }
    for r in q(
        conn,
        &format!("SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = {oid} AND NOT tgisinternal ORDER BY tgname"),
    )? {
        out.after.push(s(&r[0]).to_string());
    }
    for r in q(
        conn,
        &format!(
            "SELECT a.attname, col_description(a.attrelid, a.attnum) FROM pg_attribute a \
             WHERE a.attrelid = {oid} AND a.attnum > 0 AND NOT a.attisdropped AND col_description(a.attrelid, a.attnum) IS NOT NULL \
             UNION ALL SELECT NULL, obj_description({oid}, 'pg_class') WHERE obj_description({oid}, 'pg_class') IS NOT NULL"
        ),
    )? {
        let text = d.literal(s(&r[1]));
        out.after.push(match &r[0] {
            Some(c) => format!("COMMENT ON COLUMN {t}.{} IS {text}", d.ident(c)),
            None => format!("COMMENT ON TABLE {t} IS {text}"),
        });
    }
    // Grants as the old table had them (the owner's own rights are implicit),
    // then the owner, when not the user running the rebuild.
    for r in q(
        conn,
        &format!(
            "SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(a.grantee)) END, \
             a.privilege_type, a.is_grantable FROM pg_class c, aclexplode(c.relacl) a \
             WHERE c.oid = {oid} AND a.grantee <> c.relowner ORDER BY 1, 2"
        ),
    )? {
        out.after.push(format!(
            "GRANT {} ON {t} TO {}{}",
            s(&r[1]),
            s(&r[0]),
            if s(&r[2]) == "t" { " WITH GRANT OPTION" } else { "" }
        ));
    }
    for r in q(
        conn,
        &format!(
            "SELECT a.attname, CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_get_userbyid(x.grantee)) END, \
             x.privilege_type FROM pg_attribute a, aclexplode(a.attacl) x \
             WHERE a.attrelid = {oid} AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, 2, 3"
        ),
    )? {
        out.after.push(format!(
            "GRANT {} ({}) ON {t} TO {}",
            s(&r[2]),
            d.ident(s(&r[0])),
            s(&r[1])
        ));
    }
    for r in q(
        conn,
        &format!(
            "SELECT quote_ident(pg_get_userbyid(relowner)) FROM pg_class WHERE oid = {oid} \
             AND relowner <> (SELECT oid FROM pg_roles WHERE rolname = current_user)"
        ),
    )? {
        out.after
            .push(format!("ALTER TABLE {t} OWNER TO {}", s(&r[0])));
    }
    // Sequences an operator's column owns (a serial column): to the new column.
    for r in q(
        conn,
        &format!(
            "SELECT quote_ident(sn.nspname) || '.' || quote_ident(sq.relname), a.attname FROM pg_depend dp \
             JOIN pg_class sq ON sq.oid = dp.objid AND sq.relkind = 'S' JOIN pg_namespace sn ON sn.oid = sq.relnamespace \
             JOIN pg_attribute a ON a.attrelid = dp.refobjid AND a.attnum = dp.refobjsubid \
             WHERE dp.refobjid = {oid} AND dp.deptype = 'a'"
        ),
    )? {
        out.before_drop.push(format!(
            "ALTER SEQUENCE {} OWNED BY {t}.{}",
            s(&r[0]),
            d.ident(s(&r[1]))
        ));
    }
    // Other tables' foreign keys to this one: dropped before, made again after.
    for r in q(
        conn,
        &format!(
            "SELECT quote_ident(c.relname), quote_ident(k.conname), pg_get_constraintdef(k.oid) FROM pg_constraint k \
             JOIN pg_class c ON c.oid = k.conrelid WHERE k.confrelid = {oid} AND k.conrelid <> {oid} AND k.contype = 'f'"
        ),
    )? {
        out.before_drop.push(format!("ALTER TABLE {} DROP CONSTRAINT {}", s(&r[0]), s(&r[1])));
        out.after.push(format!(
            "ALTER TABLE {} ADD CONSTRAINT {} {}",
            s(&r[0]),
            s(&r[1]),
            s(&r[2])
        ));
    }
    for (what, sql) in [
        (
            "a row-level security policy",
            format!("SELECT polname FROM pg_policy WHERE polrelid = {oid}"),
        ),
        (
            "a rule",
            format!(
                "SELECT rulename FROM pg_rewrite WHERE ev_class = {oid} AND rulename <> '_RETURN'"
            ),
        ),
        (
            "a table inheriting from it",
            format!("SELECT inhrelid::regclass::text FROM pg_inherits WHERE inhparent = {oid}"),
        ),
    ] {
        for r in q(conn, &sql)? {
            out.blockers
                .push(format!("{what} ({}) on {table}", s(&r[0])));
        }
    }
    Ok(out)
}
