//! SQLite: the schema from `sqlite_master` and the table pragmas, and the raw
//! catalog a table rebuild needs to carry unowned objects across.

use super::{new_table, q, s, Dump, Fk, CHECK, FK, INDEX, PK, TRIGGER, UNIQUE};
use crate::db::driver::Connection;
use crate::definitions::dialect::Dialect;
use crate::error::Error;

pub(super) fn read(conn: &mut dyn Connection) -> Result<Dump, Error> {
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
    for e in sqlite_catalog(conn)? {
        match e.kind.as_str() {
            "trigger" => {
                if let Some(t) = d.table(&e.table) {
                    t.constraints.push((TRIGGER, format!("trigger {}", e.name)));
                }
            }
            "view" => d.views.push(e.name),
            _ => {}
        }
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

/// `view`; `sql` its `CREATE` statement (none for indexes SQLite makes itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogEntry {
    pub kind: String,
    pub name: String,
    pub table: String,
    pub sql: Option<String>,
}

/// Every index, trigger and view of a SQLite database.
pub fn sqlite_catalog(conn: &mut dyn Connection) -> Result<Vec<CatalogEntry>, Error> {
    Ok(q(
        conn,
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('index', 'trigger', 'view') ORDER BY rowid",
    )?
    .into_iter()
    .map(|r| CatalogEntry {
        kind: s(&r[0]).to_string(),
        name: s(&r[1]).to_string(),
        table: s(&r[2]).to_string(),
        sql: r[3].clone(),
    })
    .collect())
}

/// A SQLite table's columns: name and a declaration that makes it again, as the
/// table's `CREATE TABLE` text spells it (`"note" TEXT NOT NULL DEFAULT 'x'
/// REFERENCES sites(code) CHECK (note <> '') COLLATE NOCASE`: what `ADD COLUMN`
/// was given, constraints included); from the table pragma where that text cannot
/// be split.
pub fn sqlite_columns(
    conn: &mut dyn Connection,
    table: &str,
) -> Result<Vec<(String, String)>, Error> {
    let d = Dialect::Sqlite;
    let create = q(
        conn,
        &format!(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = {}",
            d.literal(table)
        ),
    )?
    .into_iter()
    .next()
    .and_then(|r| r[0].clone());
    let written = create
        .as_deref()
        .map(column_definitions)
        .unwrap_or_default();
    Ok(q(
        conn,
        &format!(
            "SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info({})",
            d.literal(table)
        ),
    )?
    .into_iter()
    .map(|r| {
        let name = s(&r[0]).to_string();
        if let Some((_, def)) = written.iter().find(|(n, _)| n.eq_ignore_ascii_case(&name)) {
            return (name, def.clone());
        }
        let mut decl = format!("{} {}", d.ident(&name), s(&r[1]));
        if s(&r[2]) == "1" {
            decl.push_str(" NOT NULL");
        }
        if let Some(def) = &r[3] {
            decl.push_str(&format!(" DEFAULT {def}"));
        }
        (name, decl.trim_end().to_string())
    })
    .collect())
}

/// The column definitions of a `CREATE TABLE` text: (name, definition) for each
/// item of its list that is a column (not a table constraint), the definition
/// whitespace-normalized. Splits at top-level commas, minding parentheses and
/// quotes; empty when the text has no list.
fn column_definitions(sql: &str) -> Vec<(String, String)> {
    let Some(open) = sql.find('(') else {
        return Vec::new();
    };
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut start = open + 1;
    for (i, ch) in sql[open..].char_indices().map(|(j, c)| (open + j, c)) {
        match (quote, ch) {
            (Some(q), c) if c == q || (q == '[' && c == ']') => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"' | '`' | '[') => quote = Some(ch),
            (None, '(') => depth += 1,
            (None, ')') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    items.push(&sql[start..i]);
                    break;
                }
            }
            (None, ',') if depth == 1 => {
                items.push(&sql[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items
        .into_iter()
        .filter_map(|item| {
            let def = item.split_whitespace().collect::<Vec<_>>().join(" ");
            let first = def.split_whitespace().next()?;
            let keyword = first.to_ascii_uppercase();
            if ["CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"].contains(&keyword.as_str()) {
                return None;
            }
            let name = first.trim_matches(['"', '`', '[', ']']).to_string();
            Some((name, def))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_definitions_keep_an_added_columns_constraints() {
        let sql = "CREATE TABLE \"ps_endpoints\" (\n    \"id\" VARCHAR(40) NOT NULL, x CHECK (a IN ('1', ',)')),\n    \
                   PRIMARY KEY (id)\n, site_code TEXT REFERENCES sites(code) ON DELETE CASCADE CHECK (site_code <> ',') COLLATE NOCASE)";
        let defs = column_definitions(sql);
        let names: Vec<&str> = defs.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["id", "x", "site_code"]);
        assert_eq!(
            defs[2].1,
            "site_code TEXT REFERENCES sites(code) ON DELETE CASCADE CHECK (site_code <> ',') COLLATE NOCASE"
        );
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
