//! Database URLs in SQLAlchemy's form, as Asterisk users have them in `config.ini`.
//!
//! Accepted: `mysql://`, `mysql+pymysql://`, `mysql+mysqldb://` (any `+driver`),
//! `mariadb://`, `postgresql://`, `postgres://`, `postgresql+psycopg2://`,
//! `sqlite:///relative.db`, `sqlite:////absolute.db`. User and password may be
//! percent-encoded. A unix socket is given as `?unix_socket=/path` (MySQL) or
//! `?host=/dir` (PostgreSQL, libpq style). The password never appears in `Display`.

use std::fmt;
use std::path::PathBuf;

use crate::definitions::dialect::Dialect;
use crate::error::Error;

#[derive(Clone, PartialEq, Eq)]
pub struct DbUrl {
    pub dialect: Dialect,
    /// The scheme as written (`mysql+pymysql`), for messages.
    pub scheme: String,
    pub user: Option<String>,
    pub password: Option<String>,
    pub host: Option<String>,
    pub port: Option<u16>,
    /// Database name; for SQLite the file path (`None`: in-memory).
    pub database: Option<String>,
    pub query: Vec<(String, String)>,
}

impl fmt::Debug for DbUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DbUrl({self})")
    }
}

impl fmt::Display for DbUrl {
    /// The URL with any password replaced by `***`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.dialect == Dialect::Sqlite {
            return match &self.database {
                Some(p) => write!(f, "sqlite:///{p}"),
                None => write!(f, "sqlite://"),
            };
        }
        write!(f, "{}://", self.scheme)?;
        if let Some(u) = &self.user {
            write!(f, "{}", encode(u))?;
            if self.password.is_some() {
                write!(f, ":***")?;
            }
            write!(f, "@")?;
        }
        if let Some(h) = &self.host {
            if h.contains(':') {
                write!(f, "[{h}]")?;
            } else {
                write!(f, "{h}")?;
            }
        }
        if let Some(p) = self.port {
            write!(f, ":{p}")?;
        }
        if let Some(d) = &self.database {
            write!(f, "/{}", encode(d))?;
        }
        for (i, (k, v)) in self.query.iter().enumerate() {
            write!(f, "{}{}={}", if i == 0 { '?' } else { '&' }, k, v)?;
        }
        Ok(())
    }
}

impl DbUrl {
    pub fn parse(s: &str) -> Result<DbUrl, Error> {
        let s = s.trim();
        let bad = |why: &str| Error::Url(format!("invalid database URL {}: {why}", redact(s)));
        let (scheme, rest) = s
            .split_once("://")
            .ok_or_else(|| bad("expected dialect://..."))?;
        let family = scheme
            .split('+')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let dialect = match family.as_str() {
            "mysql" | "mariadb" => Dialect::Mysql,
            "postgresql" | "postgres" | "pgsql" => Dialect::Postgresql,
            "sqlite" => Dialect::Sqlite,
            "" => return Err(bad("missing dialect")),
            other => {
                return Err(Error::Url(format!(
                    "unknown database scheme {other:?} in {} (use mysql, mariadb, postgresql or sqlite)",
                    redact(s)
                )))
            }
        };
        if dialect == Dialect::Sqlite {
            // sqlite:///rel.db -> "rel.db"; sqlite:////abs.db -> "/abs.db"; sqlite:// -> memory
            let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
            let path = match path {
                "" => None,
                p => Some(
                    p.strip_prefix('/')
                        .ok_or_else(|| bad("SQLite URLs look like sqlite:///file.db"))?,
                ),
            };
            if path == Some("") {
                return Err(bad("empty SQLite file name"));
            }
            return Ok(DbUrl {
                dialect,
                scheme: scheme.to_string(),
                user: None,
                password: None,
                host: None,
                port: None,
                database: path.map(decode).transpose().map_err(|e| bad(&e))?,
                query: parse_query(query).map_err(|e| bad(&e))?,
            });
        }
        let (authority_path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (authority, path) = authority_path
            .split_once('/')
            .unwrap_or((authority_path, ""));
        let (userinfo, hostport) = match authority.rfind('@') {
            Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
            None => (None, authority),
        };
        let (user, password) = match userinfo {
            None => (None, None),
            Some(ui) => {
                let (u, p) = match ui.split_once(':') {
                    Some((u, p)) => (u, Some(p)),
                    None => (ui, None),
                };
                let u = decode(u).map_err(|e| bad(&e))?;
                let p = p.map(decode).transpose().map_err(|e| bad(&e))?;
                (if u.is_empty() { None } else { Some(u) }, p)
            }
        };
        let (host, port) = if let Some(h) = hostport.strip_prefix('[') {
            let (h, rest) = h.split_once(']').ok_or_else(|| bad("unclosed [ in host"))?;
            (h.to_string(), rest.strip_prefix(':'))
        } else {
            match hostport.rsplit_once(':') {
                Some((h, p)) => (h.to_string(), Some(p)),
                None => (hostport.to_string(), None),
            }
        };
        let port = match port {
            None | Some("") => None,
            Some(p) => Some(
                p.parse::<u16>()
                    .map_err(|_| bad(&format!("port {p:?} is not a number from 1 to 65535")))?,
            ),
        };
        if port == Some(0) {
            return Err(bad("port 0"));
        }
        if host.chars().any(|c| c.is_whitespace() || c == '/') {
            return Err(bad(&format!("host {host:?} is not a host name")));
        }
        let database = decode(path).map_err(|e| bad(&e))?;
        if database.contains('/') {
            return Err(bad("database name contains '/'"));
        }
        Ok(DbUrl {
            dialect,
            scheme: scheme.to_string(),
            user,
            password,
            host: if host.is_empty() { None } else { Some(host) },
            port,
            database: if database.is_empty() {
                None
            } else {
                Some(database)
            },
            query: parse_query(query).map_err(|e| bad(&e))?,
        })
    }

    pub fn query_value(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The unix socket to connect through, if the URL names one.
    pub fn socket(&self) -> Option<&str> {
        match self.dialect {
            Dialect::Mysql => self.query_value("unix_socket"),
            Dialect::Postgresql => self.query_value("host").filter(|h| h.starts_with('/')),
            Dialect::Sqlite => None,
        }
    }

    /// The SQLite file, resolved against the current directory as SQLAlchemy does.
    pub fn sqlite_path(&self) -> Option<PathBuf> {
        self.database.as_ref().map(PathBuf::from)
    }

    /// The same server and credentials with another database.
    pub fn with_database(&self, db: Option<&str>) -> DbUrl {
        DbUrl {
            database: db.map(str::to_string),
            ..self.clone()
        }
    }
}

fn parse_query(q: &str) -> Result<Vec<(String, String)>, String> {
    q.split('&')
        .filter(|kv| !kv.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            Ok((decode(k)?, decode(v)?))
        })
        .collect()
}

fn decode(s: &str) -> Result<String, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s
                .get(i + 1..i + 3)
                .ok_or_else(|| "truncated %-escape".to_string())?;
            out.push(u8::from_str_radix(hex, 16).map_err(|_| format!("bad %-escape %{hex}"))?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| "%-escapes do not form UTF-8".to_string())
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || "-._~".contains(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// A URL string with its password replaced, for error messages about URLs that did
/// not parse.
pub fn redact(s: &str) -> String {
    let Some((scheme, rest)) = s.split_once("://") else {
        return s.to_string();
    };
    let authority_end = rest.find('/').unwrap_or(rest.len());
    let authority = &rest[..authority_end];
    match (authority.rfind('@'), authority.find(':')) {
        (Some(at), Some(colon)) if colon < at => {
            format!("{scheme}://{}:***{}", &authority[..colon], &rest[at..])
        }
        _ => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> DbUrl {
        DbUrl::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn sqlalchemy_schemes_map_to_dialects() {
        for (u, d) in [
            ("mysql://u@h/db", Dialect::Mysql),
            ("mysql+pymysql://u@h/db", Dialect::Mysql),
            ("mysql+mysqldb://u@h/db", Dialect::Mysql),
            ("mariadb://u@h/db", Dialect::Mysql),
            ("mariadb+mariadbconnector://u@h/db", Dialect::Mysql),
            ("postgresql://u@h/db", Dialect::Postgresql),
            ("postgres://u@h/db", Dialect::Postgresql),
            ("postgresql+psycopg2://u@h/db", Dialect::Postgresql),
            ("sqlite:///a.db", Dialect::Sqlite),
        ] {
            assert_eq!(p(u).dialect, d, "{u}");
        }
    }

    #[test]
    fn parts_are_split_and_percent_decoded() {
        let u =
            p("mysql+pymysql://ast%40er:p%40ss%3Aw%2Fd@db.example.org:3307/asterisk?charset=utf8");
        assert_eq!(u.user.as_deref(), Some("ast@er"));
        assert_eq!(u.password.as_deref(), Some("p@ss:w/d"));
        assert_eq!(u.host.as_deref(), Some("db.example.org"));
        assert_eq!(u.port, Some(3307));
        assert_eq!(u.database.as_deref(), Some("asterisk"));
        assert_eq!(u.query_value("charset"), Some("utf8"));
        let u = p("postgresql://u@[::1]:5433/x");
        assert_eq!((u.host.as_deref(), u.port), (Some("::1"), Some(5433)));
    }

    #[test]
    fn sqlite_paths_follow_sqlalchemy() {
        assert_eq!(
            p("sqlite:///asterisk.db").database.as_deref(),
            Some("asterisk.db")
        );
        assert_eq!(
            p("sqlite:////var/lib/asterisk/a.db").database.as_deref(),
            Some("/var/lib/asterisk/a.db")
        );
        assert_eq!(p("sqlite://").database, None);
    }

    #[test]
    fn unix_sockets_come_from_the_query() {
        assert_eq!(
            p("mysql://u@localhost/db?unix_socket=/run/mysqld/mysqld.sock").socket(),
            Some("/run/mysqld/mysqld.sock")
        );
        assert_eq!(
            p("postgresql://u@/db?host=/var/run/postgresql").socket(),
            Some("/var/run/postgresql")
        );
        assert_eq!(p("postgresql://u@h/db").socket(), None);
    }

    #[test]
    fn display_never_shows_the_password() {
        let u = p("mysql://root:topsecret@h:3306/db");
        let shown = u.to_string();
        assert!(!shown.contains("topsecret"), "{shown}");
        assert_eq!(shown, "mysql://root:***@h:3306/db");
        assert!(!format!("{u:?}").contains("topsecret"));
    }

    #[test]
    fn bad_urls_are_clear_errors_without_the_password() {
        for (bad, want) in [
            ("oracle://u:pw@h/db", "unknown database scheme \"oracle\""),
            ("just-a-name", "expected dialect://"),
            ("mysql://u:pw@h:notaport/db", "port \"notaport\""),
            ("mysql://u:pw@h:70000/db", "port"),
            ("sqlite://relative.db", "sqlite:///file.db"),
            ("mysql://u:p%zz@h/db", "bad %-escape"),
            ("://h/db", "missing dialect"),
        ] {
            let err = DbUrl::parse(bad).unwrap_err().to_string();
            assert!(err.contains(want), "{bad}: {err}");
            assert!(!err.contains("pw@"), "{bad} leaked its password: {err}");
        }
    }

    #[test]
    fn redact_hides_password_of_unparsable_urls() {
        assert_eq!(redact("mysql://u:secret@h:x/db"), "mysql://u:***@h:x/db");
        assert_eq!(redact("mysql://h/db"), "mysql://h/db");
    }
}
