//! `lint`: what Asterisk would misread or reject in the ps_* rows.
//!
//! Realtime reads a `;` in a value as the start of a comment (it must be stored as
//! `^3B`); an endpoint that names an aor or auth that does not exist cannot
//! register or authenticate; an aor without `max_contacts` accepts no
//! registration; a value outside a column's allowed set is rejected when the
//! object loads (MySQL in non-strict mode stores '' for a bad enum value, and some
//! columns are plain strings); ids differing only in case are easily confused.
//! `--fix-escapes` rewrites the semicolons.

use crate::db::driver::Connection;
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::ColumnType;
use crate::error::Error;
use crate::model::{Schema, Table};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Error,
    Warning,
}

impl Level {
    pub fn name(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
        }
    }
}

/// What a finding is about, so `--fix-escapes` knows which ones it can repair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Semicolon,
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

/// Columns whose values are secrets and never printed.
pub fn is_secret(column: &str) -> bool {
    column.contains("password") || column.contains("secret") || column == "md5_cred"
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

/// Every finding in the ps_* tables of a database whose schema is `schema`.
pub fn lint(conn: &mut dyn Connection, schema: &Schema) -> Result<Vec<Finding>, Error> {
    let mut out = Vec::new();
    let mut data: Vec<(&Table, Rows)> = Vec::new();
    for t in schema
        .tables
        .iter()
        .filter(|t| t.name.starts_with("ps_") && t.column("id").is_some())
    {
        data.push((t, read(conn, t)?));
    }
    let ids = |table: &str| -> Option<Vec<String>> {
        data.iter().find(|(t, _)| t.name == table).map(|(_, r)| {
            let i = r.columns.iter().position(|c| c == "id").unwrap_or(0);
            r.rows.iter().filter_map(|row| row[i].clone()).collect()
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
                if v.contains(';') && def.is_some_and(|c| !matches!(c.ty, ColumnType::Integer)) {
                    find(Level::Error, Kind::Semicolon, col, "literal ';' in the value: realtime reads it as the start of a comment; store it as ^3B".into());
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
                if let Some((_, _, allowed)) = ALLOWED_LISTS
                    .iter()
                    .find(|(tt, c, _)| *tt == t.name && c == col)
                {
                    for item in v.split(',').map(str::trim).filter(|x| !x.is_empty()) {
                        if !allowed.contains(&item) {
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
                    for item in v.split(',').map(str::trim).filter(|x| !x.is_empty()) {
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
    Ok(out)
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

/// The UPDATEs that replace literal semicolons with `^3B` for `findings`. A row's
/// id is rewritten after its other columns, so those updates still find the row.
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
        let new = old.replace(';', "^3B");
        let sql = format!(
            "UPDATE {} SET {} = {} WHERE id = {}",
            d.ident(&f.table),
            d.ident(&f.column),
            d.literal(&new),
            d.literal(&f.id)
        );
        let line = if is_secret(&f.column) {
            format!(
                "{} {} {}: {} ';' replaced by ^3B",
                f.table,
                f.id,
                f.column,
                old.matches(';').count()
            )
        } else {
            format!("{} {} {}: {old:?} -> {new:?}", f.table, f.id, f.column)
        };
        out.push(Fix { sql, line });
    }
    Ok(out)
}
