//! `lint`: what Asterisk would misread or reject in the ps_* rows.
//!
//! Each value is read the way Asterisk's realtime driver reads it
//! ([`crate::asterisk::fields`]): res_config_odbc splits at `;`, strips blanks and
//! decodes `^XX`; res_config_sqlite3 takes the value as stored. What that does to a
//! value depends on the field: a `;` in a one-value field or inside a URI loses
//! everything before it, while in `set_var` or `allow` it separates entries as
//! intended. Besides that: an endpoint naming an aor or auth that does not exist
//! cannot register or authenticate; an aor without `max_contacts` accepts no
//! registration; a value outside a column's allowed set is rejected when the object
//! loads (MySQL in non-strict mode stores '' for a bad enum value, and some columns
//! are plain strings); ids differing only in case are easily confused.
//! `--fix-escapes` rewrites exactly the semicolons res_config_odbc would split at
//! against the field's meaning, and nothing else.

use crate::asterisk::fields::{self as fields, Backend, Shape};
use crate::db::driver::Connection;
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::ColumnType;
use crate::error::Error;
use crate::model::{Schema, Table};

pub use crate::asterisk::fields::is_secret;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Error,
    Warning,
    /// Worth knowing, not wrong: an escape Asterisk decodes as intended.
    Note,
}

impl Level {
    pub fn name(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Note => "note",
        }
    }
}

/// What a finding is about, so `--fix-escapes` knows which ones it can repair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A `;` res_config_odbc splits at, against the field's meaning (fixable).
    Semicolon,
    /// A `^XX` res_config_odbc decodes.
    Decoded,
    /// Blanks around a value (or an entry) that res_config_odbc strips.
    Blanks,
    /// res_config_sqlite3 reads `^3B`/`^5E` or a list's `;` as written.
    Literal,
    MissingReference,
    NoMaxContacts,
    NotAllowed,
    CaseTwin,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub level: Level,
    pub kind: Kind,
    pub table: String,
    pub id: String,
    pub column: String,
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} {} {}: {}",
            self.level.name(),
            self.table,
            self.id,
            self.column,
            self.message
        )
    }
}

/// Columns whose values are comma-separated references to ids of another table.
const REFERENCES: &[(&str, &str, &str)] = &[
    ("ps_endpoints", "aors", "ps_aors"),
    ("ps_endpoints", "auth", "ps_auths"),
    ("ps_endpoints", "outbound_auth", "ps_auths"),
    ("ps_registrations", "outbound_auth", "ps_auths"),
    ("ps_endpoint_id_ips", "endpoint", "ps_endpoints"),
];

/// Plain string columns that take a comma-separated list from a fixed set.
const ALLOWED_LISTS: &[(&str, &str, &[&str])] = &[(
    "ps_endpoints",
    "identify_by",
    &["username", "auth_username", "ip", "header", "request_uri"],
)];

/// The schema of the database's config tree, whichever chain built it: the chain
/// whose schema is closest to the live one (master's, or a release's), so that a
/// database built with `upgrade --asterisk R` is read as it is, not refused.
pub fn config_schema(conn: &mut dyn Connection) -> Result<Schema, Error> {
    let master = crate::definitions::revision::Tree::named("config")?;
    let (_, id) = crate::db::version::version_id(conn, &master)?;
    let Some(id) = id else {
        return Err(Error::Config(
            "the database has no config tree (alembic_version_config is empty or missing): nothing to lint"
                .into(),
        ));
    };
    Ok(crate::engine::shape::identify_best(conn, &master, &id, false)?.model)
}

struct Rows {
    columns: Vec<String>,
    rows: Vec<Vec<Option<String>>>,
}

fn read(conn: &mut dyn Connection, t: &Table) -> Result<Rows, Error> {
    let d = conn.dialect();
    let columns: Vec<String> = t
        .columns
        .iter()
        .filter(|c| {
            matches!(
                c.ty,
                ColumnType::String(_)
                    | ColumnType::Text
                    | ColumnType::Enum(_)
                    | ColumnType::Integer
            )
        })
        .map(|c| c.name.clone())
        .collect();
    let list: Vec<String> = columns.iter().map(|c| d.ident(c).into_owned()).collect();
    let rows = conn
        .query(&format!(
            "SELECT {} FROM {} ORDER BY id",
            list.join(", "),
            d.ident(&t.name)
        ))
        .map_err(|e| Error::Database(format!("cannot read {}: {e}", t.name)))?;
    Ok(Rows { columns, rows })
}

/// `"a"` or `"a", "b"`.
fn quoted(items: &[String]) -> String {
    if items.is_empty() {
        return "nothing (the field is unset)".into();
    }
    items
        .iter()
        .map(|s| format!("{s:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What one value makes Asterisk read, as findings `(level, kind, message)`.
fn value_findings(
    backend: Backend,
    table: &str,
    column: &str,
    v: &str,
) -> Vec<(Level, Kind, String)> {
    let shape = fields::shape(table, column);
    let secret = fields::is_secret(column);
    let mut out = Vec::new();
    let seen = fields::seen(backend, shape, v);
    let reads = |what: &str| -> String {
        if secret {
            format!("Asterisk reads {what}")
        } else {
            format!("Asterisk reads {}", quoted(&seen))
        }
    };
    match backend {
        Backend::Odbc => {
            if fields::odbc_escaped(shape, v).is_some() {
                let what = match shape {
                    Shape::Uri => "a ';' inside the URI: res_config_odbc splits the value there and keeps the last piece",
                    Shape::UriList => "a ';' inside a URI of the list (a parameter, not a new URI): res_config_odbc splits the URI there",
                    _ => "a literal ';': res_config_odbc splits the value there and keeps the last piece",
                };
                out.push((
                    Level::Error,
                    Kind::Semicolon,
                    format!(
                        "{what}; {}; store it as ^3B (`lint --fix-escapes`)",
                        reads("only what follows the last ';'")
                    ),
                ));
            }
            let seqs = fields::escapes(v);
            if !seqs.is_empty() {
                let odd: Vec<&str> = seqs
                    .iter()
                    .copied()
                    .filter(|s| *s != "^3B" && *s != "^5E")
                    .collect();
                if odd.is_empty() {
                    let list = if secret {
                        format!("{} escape(s)", seqs.len())
                    } else {
                        seqs.join(" ")
                    };
                    out.push((
                        Level::Note,
                        Kind::Decoded,
                        format!(
                            "res_config_odbc decodes {list} (^3B is ';', ^5E is '^'); {}",
                            reads("the decoded value")
                        ),
                    ));
                } else {
                    let list = if secret {
                        format!("{} ^XX sequence(s) other than ^3B/^5E", odd.len())
                    } else {
                        odd.iter()
                            .map(|s| {
                                let c = fields::decode(s);
                                format!("{s} as {c:?}")
                            })
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    out.push((
                        Level::Warning,
                        Kind::Decoded,
                        format!(
                            "res_config_odbc decodes {list}; {}; if the '^' is meant literally store it as ^5E",
                            reads("a value that differs from the stored one")
                        ),
                    ));
                }
            }
            if v.split(';')
                .any(|p| fields::dangling_escape(p.trim_matches(|c: char| (c as u32) < 33)))
            {
                out.push((
                    Level::Warning,
                    Kind::Decoded,
                    "ends in '^' and one hex digit, which res_config_odbc decodes by reading past the end of the value: what Asterisk gets is unpredictable; store '^' as ^5E".into(),
                ));
            }
            let bare = v.trim_matches(|c: char| (c as u32) < 33);
            if !v.is_empty() && bare.is_empty() {
                out.push((
                    Level::Warning,
                    Kind::Blanks,
                    "only blanks: res_config_odbc reads the field as unset (Asterisk's default applies)".into(),
                ));
            } else if bare.len() != v.len()
                && !v.contains(';')
                && matches!(shape, Shape::Single | Shape::Uri)
            {
                out.push((
                    Level::Warning,
                    Kind::Blanks,
                    format!(
                        "blanks around the value: res_config_odbc strips them; {} (store a blank that matters as ^20)",
                        reads("the value without them")
                    ),
                ));
            }
        }
        Backend::Sqlite3 => {
            if matches!(shape, Shape::List | Shape::UriList) && v.contains(';') {
                out.push((
                    Level::Warning,
                    Kind::Literal,
                    format!(
                        "res_config_sqlite3 does not split at ';': Asterisk reads one entry {v:?}, not {}",
                        quoted(&fields::odbc_entries(v))
                    ),
                ));
            }
            let seqs: Vec<&str> = fields::escapes(v)
                .into_iter()
                .filter(|s| *s == "^3B" || *s == "^5E")
                .collect();
            if !seqs.is_empty() {
                let list = if secret {
                    format!("{} ^3B/^5E escape(s)", seqs.len())
                } else {
                    seqs.join(" ")
                };
                out.push((
                    Level::Warning,
                    Kind::Literal,
                    format!(
                        "res_config_sqlite3 does not decode {list}: Asterisk reads {} as stored (an escape written for res_config_odbc?)",
                        if secret { "the value".to_string() } else { format!("{v:?}") }
                    ),
                ));
            }
        }
    }
    out
}

/// Every finding in the ps_* tables of a database whose schema is `schema`, read
/// through `backend`.
/// What `lint` found, and how much it read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Linted {
    pub findings: Vec<Finding>,
    /// Rows read, and the ps_* tables they came from.
    pub rows: usize,
    pub tables: usize,
}

pub fn lint(conn: &mut dyn Connection, schema: &Schema, backend: Backend) -> Result<Linted, Error> {
    let mut out = Vec::new();
    let mut data: Vec<(&Table, Rows)> = Vec::new();
    for t in schema
        .tables
        .iter()
        .filter(|t| t.name.starts_with("ps_") && t.column("id").is_some())
    {
        data.push((t, read(conn, t)?));
    }
    // Ids as Asterisk sees them (its lookups encode what they ask for).
    let as_seen = |id: &str| match backend {
        Backend::Odbc => fields::decode(id),
        Backend::Sqlite3 => id.to_string(),
    };
    let ids = |table: &str| -> Option<Vec<String>> {
        data.iter().find(|(t, _)| t.name == table).map(|(_, r)| {
            let i = r.columns.iter().position(|c| c == "id").unwrap_or(0);
            r.rows
                .iter()
                .filter_map(|row| row[i].as_deref().map(as_seen))
                .collect()
        })
    };
    for (t, r) in &data {
        let id_at = r.columns.iter().position(|c| c == "id").unwrap_or(0);
        for row in &r.rows {
            let id = row[id_at].clone().unwrap_or_default();
            let mut find = |level, kind, column: &str, message: String| {
                out.push(Finding {
                    level,
                    kind,
                    table: t.name.clone(),
                    id: id.clone(),
                    column: column.to_string(),
                    message,
                });
            };
            for (i, col) in r.columns.iter().enumerate() {
                let Some(v) = &row[i] else { continue };
                let def = t.column(col);
                if def.is_some_and(|c| !matches!(c.ty, ColumnType::Integer)) {
                    for (level, kind, message) in value_findings(backend, &t.name, col, v) {
                        find(level, kind, col, message);
                    }
                }
                if let Some(allowed) = def.and_then(|c| c.enum_values.as_ref()) {
                    if !allowed.contains(v) {
                        find(
                            Level::Error,
                            Kind::NotAllowed,
                            col,
                            format!(
                                "{} is not one of the allowed values ({})",
                                shown(col, v),
                                allowed.join(", ")
                            ),
                        );
                    }
                }
                let seen = fields::seen(backend, fields::shape(&t.name, col), v);
                let items: Vec<String> = seen
                    .iter()
                    .flat_map(|s| s.split(','))
                    .map(|x| x.trim().to_string())
                    .filter(|x| !x.is_empty())
                    .collect();
                if let Some((_, _, allowed)) = ALLOWED_LISTS
                    .iter()
                    .find(|(tt, c, _)| *tt == t.name && c == col)
                {
                    for item in &items {
                        if !allowed.contains(&item.as_str()) {
                            find(
                                Level::Error,
                                Kind::NotAllowed,
                                col,
                                format!(
                                    "{item:?} is not one of the allowed values ({})",
                                    allowed.join(", ")
                                ),
                            );
                        }
                    }
                }
                if let Some((_, _, target)) = REFERENCES
                    .iter()
                    .find(|(tt, c, _)| *tt == t.name && c == col)
                {
                    let known = ids(target).unwrap_or_default();
                    for item in &items {
                        if !known.iter().any(|k| k == item) {
                            find(
                                Level::Error,
                                Kind::MissingReference,
                                col,
                                format!("{target} has no id {item:?}"),
                            );
                        }
                    }
                }
            }
            if t.name == "ps_aors" {
                if let Some(i) = r.columns.iter().position(|c| c == "max_contacts") {
                    if row[i].is_none() {
                        find(
                            Level::Warning,
                            Kind::NoMaxContacts,
                            "max_contacts",
                            "unset (0): this aor accepts no registrations".into(),
                        );
                    }
                }
            }
        }
        let all: Vec<String> = r.rows.iter().filter_map(|row| row[id_at].clone()).collect();
        for (i, a) in all.iter().enumerate() {
            if let Some(b) = all[..i]
                .iter()
                .find(|b| b.to_lowercase() == a.to_lowercase() && *b != a)
            {
                out.push(Finding {
                    level: Level::Warning,
                    kind: Kind::CaseTwin,
                    table: t.name.clone(),
                    id: a.clone(),
                    column: "id".into(),
                    message: format!("differs from id {b:?} only in case"),
                });
            }
        }
    }
    out.sort_by(|a, b| {
        (&a.table, &a.id, &a.column, a.level).cmp(&(&b.table, &b.id, &b.column, b.level))
    });
    Ok(Linted {
        findings: out,
        rows: data.iter().map(|(_, r)| r.rows.len()).sum(),
        tables: data.len(),
    })
}

fn shown(column: &str, v: &str) -> String {
    if is_secret(column) {
        "the value".into()
    } else {
        format!("{v:?}")
    }
}

/// One repair: the statement and a line saying what it changes.
pub struct Fix {
    pub sql: String,
    pub line: String,
}

/// The UPDATEs that store as `^3B` each `;` res_config_odbc would split at against
/// the field's meaning (the [`Kind::Semicolon`] findings); a list's separators and
/// existing escapes stay as they are, so what Asterisk reads afterwards is what the
/// stored text says. A row's id is rewritten after its other columns, so those
/// updates still find the row. res_config_sqlite3 reads values as stored: there is
/// nothing to rewrite for it.
pub fn escape_fixes(
    d: Dialect,
    findings: &[Finding],
    conn: &mut dyn Connection,
) -> Result<Vec<Fix>, Error> {
    let mut semis: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.kind == Kind::Semicolon)
        .collect();
    semis.sort_by_key(|f| f.column == "id");
    let mut out = Vec::new();
    for f in semis {
        let old = conn
            .query(&format!(
                "SELECT {} FROM {} WHERE id = {}",
                d.ident(&f.column),
                d.ident(&f.table),
                d.literal(&f.id)
            ))
            .map_err(|e| Error::Database(format!("cannot read {}: {e}", f.table)))?
            .first()
            .and_then(|r| r[0].clone())
            .unwrap_or_default();
        let Some(new) = fields::odbc_escaped(fields::shape(&f.table, &f.column), &old) else {
            continue;
        };
        let column = d.ident(&f.column);
        // A secret's value never appears in the statement (which `--sql` prints): in a
        // one-value field every `;` becomes `^3B`, which REPLACE does in the database.
        let value = if is_secret(&f.column) && new == old.replace(';', "^3B") {
            format!(
                "REPLACE({column}, {}, {})",
                d.literal(";"),
                d.literal("^3B")
            )
        } else if is_secret(&f.column) {
            // Not a one-value field (no secret is: fields.rs tests it): nothing this
            // could print without the value.
            continue;
        } else {
            d.literal(&new)
        };
        let sql = format!(
            "UPDATE {} SET {column} = {value} WHERE id = {}",
            d.ident(&f.table),
            d.literal(&f.id)
        );
        let n = new.matches("^3B").count() - old.matches("^3B").count();
        let line = if is_secret(&f.column) {
            format!("{} {} {}: {n} ';' replaced by ^3B", f.table, f.id, f.column)
        } else {
            format!("{} {} {}: {old:?} -> {new:?}", f.table, f.id, f.column)
        };
        out.push(Fix { sql, line });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(b: Backend, t: &str, c: &str, v: &str) -> Vec<(Level, Kind)> {
        value_findings(b, t, c, v)
            .into_iter()
            .map(|(l, k, _)| (l, k))
            .collect()
    }

    #[test]
    fn each_backend_and_field_is_read_its_own_way() {
        let o = Backend::Odbc;
        let s = Backend::Sqlite3;
        // set_var: ';' separates variables through ODBC, not through sqlite3.
        assert!(kinds(o, "ps_endpoints", "set_var", "A=1;B=2").is_empty());
        assert_eq!(
            kinds(s, "ps_endpoints", "set_var", "A=1;B=2"),
            vec![(Level::Warning, Kind::Literal)]
        );
        // A URI parameter must be escaped for ODBC, is fine for sqlite3.
        assert_eq!(
            kinds(o, "ps_endpoints", "outbound_proxy", "sip:p;lr"),
            vec![(Level::Error, Kind::Semicolon)]
        );
        assert!(kinds(s, "ps_endpoints", "outbound_proxy", "sip:p;lr").is_empty());
        // The escape: a note for ODBC (decoded as meant), a warning for sqlite3.
        assert_eq!(
            kinds(o, "ps_endpoints", "outbound_proxy", "sip:p^3Blr"),
            vec![(Level::Note, Kind::Decoded)]
        );
        assert_eq!(
            kinds(s, "ps_endpoints", "outbound_proxy", "sip:p^3Blr"),
            vec![(Level::Warning, Kind::Literal)]
        );
        // A password with ^41 is read with an 'A' through ODBC; the message hides it.
        let f = value_findings(o, "ps_auths", "password", "se^41cret");
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].0, f[0].1), (Level::Warning, Kind::Decoded));
        assert!(
            !f[0].2.contains("se") || !f[0].2.contains("cret"),
            "{}",
            f[0].2
        );
        assert!(kinds(s, "ps_auths", "password", "se^41cret").is_empty());
        // Blanks are stripped by ODBC.
        assert_eq!(
            kinds(o, "ps_endpoints", "callerid", " Bob <1> "),
            vec![(Level::Warning, Kind::Blanks)]
        );
        assert_eq!(
            kinds(o, "ps_auths", "password", "pw^4"),
            vec![(Level::Warning, Kind::Decoded)]
        );
        assert!(kinds(s, "ps_auths", "password", "pw^4").is_empty());
        let f = value_findings(o, "ps_endpoints", "callerid", "Bob;x <102>");
        assert!(f[0].2.contains("\"x <102>\""), "{}", f[0].2);
    }
}
