//! Reads a live database's schema back as normalized text.
//!
//! One line per fact, sorted, so two databases (or a database and a committed
//! expectation) compare with a plain diff:
//!
//! ```text
//! enum yesno_values: 'yes','no'
//! table ps_aors
//!   column id varchar(40) not null
//!   unique ps_aors_id_key (id)
//!   index ps_aors_id (id)
//! ```
//!
//! Columns are listed in table order. Types are spelled as the database reports
//! them, with MySQL integer display widths removed (MariaDB says `int(11)`, MySQL 8
//! `int`). Tables named `alembic_version*` and `ast_schema_*` are left out unless
//! asked for: they are bookkeeping, not the tree's schema.

use crate::db::driver::{Connection, Row};
use crate::definitions::dialect::Dialect;
use crate::error::Error;

/// The normalized schema of the connection's database.
pub fn dump(conn: &mut dyn Connection, include_bookkeeping: bool) -> Result<String, Error> {
    let mut s = match conn.dialect() {
        Dialect::Mysql => mysql(conn)?,
        Dialect::Postgresql => postgres(conn)?,
        Dialect::Sqlite => sqlite(conn)?,
    };
    if !include_bookkeeping {
        s.tables.retain(|t| !is_bookkeeping(&t.name));
    }
    Ok(s.render())
}

/// Whether a table is a version or history table rather than part of a tree.
pub fn is_bookkeeping(table: &str) -> bool {
    table.starts_with("alembic_version") || table.starts_with("ast_schema_")
}

#[derive(Default)]
struct Dump {
    enums: Vec<String>,
    tables: Vec<TableDump>,
}

struct TableDump {
    name: String,
    /// (position, line)
    columns: Vec<(i64, String)>,
    /// (sort key, line)
    constraints: Vec<(u8, String)>,
}

impl Dump {
    fn table(&mut self, name: &str) -> Option<&mut TableDump> {
        self.tables.iter_mut().find(|t| t.name == name)
    }

    fn render(mut self) -> String {
        let mut out = String::new();
        self.enums.sort();
        for e in &self.enums {
            out.push_str(e);
            out.push('\n');
        }
        self.tables.sort_by(|a, b| a.name.cmp(&b.name));
        for t in &mut self.tables {
            out.push_str(&format!("table {}\n", t.name));
            t.columns.sort();
            for (_, c) in &t.columns {
                out.push_str(&format!("  column {c}\n"));
            }
            t.constraints.sort();
            for (_, c) in &t.constraints {
                out.push_str(&format!("  {c}\n"));
            }
        }
        out
    }
}

const PK: u8 = 0;
const UNIQUE: u8 = 1;
const INDEX: u8 = 2;
const FK: u8 = 3;
const CHECK: u8 = 4;

fn q(conn: &mut dyn Connection, sql: &str) -> Result<Vec<Row>, Error> {
    conn.query(sql)
        .map_err(|e| Error::Database(format!("cannot read the schema: {e}")))
}

fn s(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("")
}

fn new_table(name: &str) -> TableDump {
    TableDump {
        name: name.to_string(),
        columns: Vec::new(),
        constraints: Vec::new(),
    }
}

fn mysql(conn: &mut dyn Connection) -> Result<Dump, Error> {
    let mut d = Dump::default();
    for r in q(conn, "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")? {
        d.tables.push(new_table(s(&r[0])));
    }
    for r in q(
        conn,
        "SELECT table_name, column_name, ordinal_position, column_type, is_nullable, column_default, extra \
         FROM information_schema.columns WHERE table_schema = DATABASE()",
    )? {
        let Some(t) = d.table(s(&r[0])) else { continue };
        let mut line = format!("{} {}", s(&r[1]), mysql_type(s(&r[3])));
        if s(&r[4]) == "NO" {
            line.push_str(" not null");
        }
        if let Some(def) = &r[5] {
            if def != "NULL" {
                line.push_str(&format!(" default={def}"));
            }
        }
        let extra = s(&r[6]).to_lowercase().replace("default_generated", "");
        if !extra.trim().is_empty() {
            line.push_str(&format!(" {}", extra.trim()));
        }
        t.columns.push((s(&r[2]).parse().unwrap_or(0), line));
    }
    let mut idx: Vec<(String, String, bool, Vec<String>)> = Vec::new();
    for r in q(
        conn,
        "SELECT table_name, index_name, non_unique, column_name, sub_part FROM information_schema.statistics \
         WHERE table_schema = DATABASE() ORDER BY table_name, index_name, seq_in_index",
    )? {
        let col = match &r[4] {
            Some(p) => format!("{}({p})", s(&r[3])),
            None => s(&r[3]).to_string(),
        };
        match idx.iter_mut().find(|i| i.0 == s(&r[0]) && i.1 == s(&r[1])) {
            Some(i) => i.3.push(col),
            None => idx.push((s(&r[0]).into(), s(&r[1]).into(), s(&r[2]) == "0", vec![col])),
        }
    }
    for (table, name, unique, cols) in idx {
        let Some(t) = d.table(&table) else { continue };
        if name == "PRIMARY" {
            t.constraints.push((PK, format!("pk ({})", cols.join(","))));
        } else {
            t.constraints.push((
                INDEX,
                format!(
                    "index {name} ({}){}",
                    cols.join(","),
                    if unique { " unique" } else { "" }
                ),
            ));
        }
    }
    let rules = q(
        conn,
        "SELECT table_name, constraint_name, update_rule, delete_rule FROM information_schema.referential_constraints \
         WHERE constraint_schema = DATABASE()",
    )?;
    let mut fks: Vec<Fk> = Vec::new();
    for r in q(
        conn,
        "SELECT table_name, constraint_name, column_name, referenced_table_name, referenced_column_name \
         FROM information_schema.key_column_usage WHERE table_schema = DATABASE() AND referenced_table_name IS NOT NULL \
         ORDER BY table_name, constraint_name, ordinal_position",
    )? {
        let rule = rules.iter().find(|x| s(&x[0]) == s(&r[0]) && s(&x[1]) == s(&r[1]));
        // MariaDB reports the default rule as RESTRICT, MySQL 8 as NO ACTION; InnoDB
        // treats them alike.
        let norm = |v: &str| if v.eq_ignore_ascii_case("restrict") { "no action".to_string() } else { v.to_lowercase() };
        let (upd, del) = rule.map(|x| (norm(s(&x[2])), norm(s(&x[3])))).unwrap_or_default();
        Fk::add(&mut fks, (s(&r[0]), s(&r[1])), s(&r[3]), s(&r[2]), s(&r[4]), (upd, del));
    }
    for fk in fks {
        if let Some(t) = d.table(&fk.table) {
            t.constraints.push((FK, fk.line(true)));
        }
    }
    // MariaDB and MySQL 8 both have CHECK_CONSTRAINTS; older servers do not.
    if let Ok(rows) = conn.query(
        "SELECT table_name, constraint_name, check_clause FROM information_schema.check_constraints WHERE constraint_schema = DATABASE()",
    ) {
        for r in rows {
            if let Some(t) = d.table(s(&r[0])) {
                t.constraints.push((CHECK, format!("check {} {}", s(&r[1]), s(&r[2]))));
            }
        }
    }
    Ok(d)
}

/// A foreign key being assembled from one row per column.
struct Fk {
    table: String,
    name: String,
    ref_table: String,
    cols: Vec<String>,
    ref_cols: Vec<String>,
    on_update: String,
    on_delete: String,
}

impl Fk {
    fn add(
        fks: &mut Vec<Fk>,
        (table, name): (&str, &str),
        ref_table: &str,
        col: &str,
        ref_col: &str,
        rules: (String, String),
    ) {
        match fks.iter_mut().find(|f| f.table == table && f.name == name) {
            Some(f) => {
                f.cols.push(col.into());
                f.ref_cols.push(ref_col.into());
            }
            None => fks.push(Fk {
                table: table.into(),
                name: name.into(),
                ref_table: ref_table.into(),
                cols: vec![col.into()],
                ref_cols: vec![ref_col.into()],
                on_update: rules.0,
                on_delete: rules.1,
            }),
        }
    }

    fn line(&self, named: bool) -> String {
        format!(
            "fk {}({}) -> {}({}) on update {} on delete {}",
            if named {
                format!("{} ", self.name)
            } else {
                String::new()
            },
            self.cols.join(","),
            self.ref_table,
            self.ref_cols.join(","),
            self.on_update,
            self.on_delete
        )
    }
}

/// `int(11)` -> `int`, `bigint(20) unsigned` -> `bigint unsigned`; other types as given.
fn mysql_type(t: &str) -> String {
    // Lowercase the type name, not the ENUM values inside the parentheses.
    let t = match t.find('(') {
        Some(i) => format!("{}{}", t[..i].to_lowercase(), &t[i..]),
        None => t.to_lowercase(),
    };
    for int in ["tinyint", "smallint", "mediumint", "int", "bigint"] {
        if let Some(rest) = t.strip_prefix(int) {
            if let Some(close) = rest
                .strip_prefix('(')
                .and_then(|r| r.find(')').map(|i| (i, r)))
            {
                let (i, r) = close;
                // keep tinyint(1): it is how MySQL spells BOOL
                if int == "tinyint" && &r[..i] == "1" {
                    return t;
                }
                return format!("{int}{}", &r[i + 1..]);
            }
        }
    }
    t
}

fn postgres(conn: &mut dyn Connection) -> Result<Dump, Error> {
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

fn sqlite(conn: &mut dyn Connection) -> Result<Dump, Error> {
    let mut d = Dump::default();
    let tables = q(
        conn,
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )?;
    for r in tables {
        let name = s(&r[0]).to_string();
        let sql = s(&r[1]).to_string();
        let mut t = new_table(&name);
        let lit = Dialect::Sqlite.literal(&name);
        let autoinc = sql.to_uppercase().contains("AUTOINCREMENT");
        let mut pk: Vec<(i64, String)> = Vec::new();
        for c in q(
            conn,
            &format!(
                "SELECT cid, name, type, \"notnull\", dflt_value, pk FROM pragma_table_info({lit})"
            ),
        )? {
            let ty = s(&c[2]).to_lowercase();
            let mut line = format!("{} {ty}", s(&c[1]));
            if s(&c[3]) == "1" {
                line.push_str(" not null");
            }
            if let Some(def) = &c[4] {
                line.push_str(&format!(" default={def}"));
            }
            let pkpos: i64 = s(&c[5]).parse().unwrap_or(0);
            if pkpos > 0 {
                pk.push((pkpos, s(&c[1]).to_string()));
                if ty == "integer" && autoinc {
                    line.push_str(" autoincrement");
                }
            }
            t.columns.push((s(&c[0]).parse().unwrap_or(0), line));
        }
        if !pk.is_empty() {
            pk.sort();
            t.constraints.push((
                PK,
                format!(
                    "pk ({})",
                    pk.into_iter().map(|p| p.1).collect::<Vec<_>>().join(",")
                ),
            ));
        }
        for i in q(
            conn,
            &format!("SELECT name, \"unique\", origin, partial FROM pragma_index_list({lit})"),
        )? {
            let iname = s(&i[0]).to_string();
            let cols: Vec<String> = q(
                conn,
                &format!(
                    "SELECT name FROM pragma_index_info({}) ORDER BY seqno",
                    Dialect::Sqlite.literal(&iname)
                ),
            )?
            .into_iter()
            .map(|c| s(&c[0]).to_string())
            .collect();
            match s(&i[2]) {
                "pk" => {}
                "u" => {
                    let shown = if iname.starts_with("sqlite_autoindex_") {
                        String::new()
                    } else {
                        format!("{iname} ")
                    };
                    t.constraints
                        .push((UNIQUE, format!("unique {shown}({})", cols.join(","))));
                }
                _ => t.constraints.push((
                    INDEX,
                    format!(
                        "index {iname} ({}){}",
                        cols.join(","),
                        if s(&i[1]) == "1" { " unique" } else { "" }
                    ),
                )),
            }
        }
        let mut fks: Vec<Fk> = Vec::new();
        for f in q(conn, &format!("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list({lit}) ORDER BY id, seq"))? {
            let rules = (s(&f[4]).to_lowercase(), s(&f[5]).to_lowercase());
            Fk::add(&mut fks, (&name, s(&f[0])), s(&f[1]), s(&f[2]), s(&f[3]), rules);
        }
        for fk in fks {
            t.constraints.push((FK, fk.line(false)));
        }
        for check in sqlite_checks(&sql) {
            t.constraints.push((CHECK, format!("check {check}")));
        }
        d.tables.push(t);
    }
    Ok(d)
}

/// The `CHECK (...)` clauses of a CREATE TABLE statement, whitespace-normalized.
fn sqlite_checks(sql: &str) -> Vec<String> {
    let upper = sql.to_uppercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = upper[from..].find("CHECK") {
        let start = from + i;
        // The keyword, not part of a name like contact_expiration_check_interval.
        let word_before = sql[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '"');
        let next = sql[start + 5..].trim_start().chars().next();
        if word_before || next != Some('(') {
            from = start + 5;
            continue;
        }
        let Some(open) = sql[start..].find('(').map(|o| start + o) else {
            break;
        };
        let mut depth = 0;
        let mut end = open;
        let mut in_str = false;
        for (j, ch) in sql[open..].char_indices() {
            match ch {
                '\'' => in_str = !in_str,
                '(' if !in_str => depth += 1,
                ')' if !in_str => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + j;
                        break;
                    }
                }
                _ => {}
            }
        }
        out.push(format!(
            "({})",
            sql[open + 1..end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        ));
        from = end.max(start + 5);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mysql_integer_display_widths_are_dropped_but_bool_stays() {
        assert_eq!(mysql_type("int(11)"), "int");
        assert_eq!(mysql_type("bigint(20) unsigned"), "bigint unsigned");
        assert_eq!(mysql_type("tinyint(1)"), "tinyint(1)");
        assert_eq!(mysql_type("varchar(40)"), "varchar(40)");
        assert_eq!(mysql_type("enum('a','b')"), "enum('a','b')");
    }

    #[test]
    fn sqlite_checks_are_found_with_nested_parentheses_and_strings() {
        let sql = "CREATE TABLE t (a VARCHAR(3) CHECK (a IN ('yes', 'n)o')), b INTEGER)";
        assert_eq!(
            sqlite_checks(sql),
            vec!["(a IN ('yes', 'n)o'))".to_string()]
        );
    }
}
