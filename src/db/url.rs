//! Database URLs in SQLAlchemy's form, as Asterisk users have them in `config.ini`.
//!
//! Accepted: `mysql://`, `mysql+pymysql://`, `mysql+mysqldb://` (any `+driver`),
//! `mariadb://`, `postgresql://`, `postgres://`, `postgresql+psycopg2://`,
//! `sqlite:///relative.db`, `sqlite:////absolute.db`.
//!
//! The grammar is SQLAlchemy's own (`make_url`), not the WHATWG one of the `url` crate:
//! SQLAlchemy takes the user up to the first `:` or `/`, the password up to the first
//! `@` (so an unencoded `/`, `?` or `:` in a password is fine), allows an empty host
//! after the user (`postgresql://u@/db?host=/run/postgresql`) and keeps everything
//! after `sqlite:///` as a path; the `url` crate rejects or splits those differently.
//! User, password, database and query values are percent-decoded; a broken escape is
//! an error. The query parameters are checked against the table in
//! [`crate::db::options`]: an unknown one is an error naming it.
//!
//! The password never appears in `Display`, `Debug` or any error: URLs that do not
//! parse are shown through [`redact`].

use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
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
    /// Database name; for SQLite the file path.
    pub database: Option<String>,
    pub query: Vec<(String, String)>,
    /// The file the password was read from (`--password-file`), for `-v`.
    pub password_file: Option<PathBuf>,
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
            write!(
                f,
                "sqlite:///{}",
                self.database.as_deref().unwrap_or_default()
            )?;
        } else {
            write!(f, "{}://", self.scheme)?;
            if let Some(u) = &self.user {
                write!(f, "{}", encode(u))?;
                if self.password.is_some() {
                    write!(f, ":***")?;
                }
                write!(f, "@")?;
            } else if self.password.is_some() {
                write!(f, ":***@")?;
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
        }
        for (i, (k, v)) in self.query.iter().enumerate() {
            let v = if is_secret_key(k) {
                "***".to_string()
            } else {
                encode_query(v)
            };
            write!(f, "{}{}={}", if i == 0 { '?' } else { '&' }, k, v)?;
        }
        Ok(())
    }
}

impl DbUrl {
    /// Takes the password from a file (`--password-file`); a password in the URL as
    /// well is an error, since either could be the one meant.
    pub fn set_password_file(&mut self, path: &std::path::Path) -> Result<(), Error> {
        if self.dialect == Dialect::Sqlite {
            return Err(Error::Config(
                "--password-file is for MySQL and PostgreSQL; a SQLite URL takes no password"
                    .into(),
            ));
        }
        if self.password.is_some() {
            return Err(Error::Config(format!(
                "both the URL and --password-file {} give a password; keep one",
                path.display()
            )));
        }
        self.password =
            Some(crate::db::credentials::read_password_file(path).map_err(Error::Config)?);
        self.password_file = Some(path.to_path_buf());
        Ok(())
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

    /// The `+driver` part of the scheme, lowercase (`pymysql`), if any.
    pub fn driver(&self) -> Option<String> {
        self.scheme
            .split_once('+')
            .map(|(_, d)| d.to_ascii_lowercase())
    }
}

/// The URL as written, its query parameters not yet checked ([`DbUrl::parse`] checks
/// them, in `db::options`).
pub(crate) fn parse_grammar(s: &str) -> Result<DbUrl, Error> {
    let bad = |why: &str| Error::Url(format!("invalid database URL {}: {why}", redact(s)));
    let (scheme, rest) = s
        .split_once("://")
        .ok_or_else(|| bad("expected dialect://..."))?;
    if scheme.is_empty() {
        return Err(bad("missing dialect"));
    }
    if !scheme
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '+')
    {
        return Err(bad("the dialect may hold only letters, digits, _ and +"));
    }
    let family = scheme
        .split('+')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let dialect = match family.as_str() {
        "mysql" | "mariadb" => Dialect::Mysql,
        "postgresql" | "postgres" | "pgsql" => Dialect::Postgresql,
        "sqlite" => Dialect::Sqlite,
        other => {
            return Err(Error::Url(format!(
            "unknown database scheme {other:?} in {} (use mysql, mariadb, postgresql or sqlite)",
            redact(s)
        )))
        }
    };
    if dialect == Dialect::Sqlite {
        // sqlite:///rel.db -> "rel.db"; sqlite:////abs.db -> "/abs.db"
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let path = match path {
            "" => {
                return Err(bad(
                    "sqlite:// is an in-memory database, gone when ast-schema exits; name a file: sqlite:///asterisk.db",
                ))
            }
            p => p
                .strip_prefix('/')
                .ok_or_else(|| bad("SQLite URLs look like sqlite:///file.db"))?,
        };
        let path = decode(path).map_err(|e| bad(&format!("{e} in the file name")))?;
        if path.is_empty() {
            return Err(bad("empty SQLite file name"));
        }
        if path == ":memory:" || path.starts_with("file:") {
            return Err(bad(
                "an in-memory or URI file name is not a database file; name a file: sqlite:///asterisk.db",
            ));
        }
        no_nul(&path, "the file name").map_err(|e| bad(&e))?;
        return Ok(DbUrl {
            dialect,
            scheme: scheme.to_string(),
            user: None,
            password: None,
            host: None,
            port: None,
            database: Some(path),
            query: parse_query(query).map_err(|e| bad(&e))?,
            password_file: None,
        });
    }
    let (user, password, rest) = split_userinfo(rest);
    let user = user
        .map(|u| decode(u).map_err(|e| bad(&format!("{e} in the user name"))))
        .transpose()?;
    let password = password
        .map(|p| {
            decode(p).map_err(|e| bad(&format!("{e} in the password (write a literal % as %25)")))
        })
        .transpose()?;
    if let Some(u) = &user {
        no_nul(u, "the user name").map_err(|e| bad(&e))?;
    }
    if password.as_deref().is_some_and(|p| p.contains('\0')) {
        return Err(bad("the password contains a NUL byte (%00)"));
    }
    // host: [v6] or [^/:?]+, then :port [^/?]*, then /database [^?]*, then ?query
    let (hostport, rest) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let (path, query) = match rest.strip_prefix('/') {
        Some(r) => r.split_once('?').unwrap_or((r, "")),
        None => ("", rest.strip_prefix('?').unwrap_or("")),
    };
    let hidden = "it contains '@': percent-encode an @ in the password as %40";
    let (host, port) = if let Some(h) = hostport.strip_prefix('[') {
        let (h, rest) = h.split_once(']').ok_or_else(|| bad("unclosed [ in host"))?;
        (h.to_string(), rest.strip_prefix(':'))
    } else {
        match hostport.split_once(':') {
            Some((h, p)) => (h.to_string(), Some(p)),
            None => (hostport.to_string(), None),
        }
    };
    if host.contains('@') || port.is_some_and(|p| p.contains('@')) {
        return Err(bad(&format!("the host is not a host name ({hidden})")));
    }
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
    if host.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad(&format!("host {host:?} is not a host name")));
    }
    let database = decode(path).map_err(|e| bad(&format!("{e} in the database name")))?;
    if database.contains('/') {
        return Err(bad(if database.contains('@') {
            hidden
        } else {
            "the database name contains '/'"
        }));
    }
    no_nul(&database, "the database name").map_err(|e| bad(&e))?;
    Ok(DbUrl {
        dialect,
        scheme: scheme.to_string(),
        user: user.filter(|u| !u.is_empty()),
        password,
        host: if host.is_empty() { None } else { Some(host) },
        port,
        database: if database.is_empty() {
            None
        } else {
            Some(database)
        },
        query: parse_query(query).map_err(|e| bad(&e))?,
        password_file: None,
    })
}

/// SQLAlchemy's `(?P<username>[^:/]*)(?::(?P<password>[^@]*))?@`: the user runs to the
/// first `:` or `/`, the password from there to the first `@`; without a password the
/// user ends at the last `@` before that `:` or `/`.
fn split_userinfo(rest: &str) -> (Option<&str>, Option<&str>, &str) {
    let user_end = rest.find([':', '/']).unwrap_or(rest.len());
    if rest[user_end..].starts_with(':') {
        let after = &rest[user_end + 1..];
        if let Some(at) = after.find('@') {
            return (
                Some(&rest[..user_end]),
                Some(&after[..at]),
                &after[at + 1..],
            );
        }
    }
    match rest[..user_end].rfind('@') {
        Some(at) => (Some(&rest[..at]), None, &rest[at + 1..]),
        None => (None, None, rest),
    }
}

fn no_nul(v: &str, what: &str) -> Result<(), String> {
    if v.contains('\0') {
        Err(format!("{what} contains a NUL byte (%00)"))
    } else {
        Ok(())
    }
}

/// Query parameters the way Python's `parse_qsl` reads them (SQLAlchemy's): `&`
/// separated, `+` is a space, percent-decoded. A key given twice is an error, but
/// `host`, which SQLAlchemy repeats for several PostgreSQL hosts.
fn parse_query(q: &str) -> Result<Vec<(String, String)>, String> {
    let mut out: Vec<(String, String)> = Vec::new();
    for kv in q.split('&').filter(|kv| !kv.is_empty()) {
        let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
        let k = decode(&k.replace('+', " "))?;
        let secret = is_secret_key(&k);
        let v = decode(&v.replace('+', " ")).map_err(|e| {
            if secret {
                format!("{e} in URL parameter {k}")
            } else {
                format!("{e} in URL parameter {k}={v}")
            }
        })?;
        if v.contains('\0') || k.contains('\0') {
            return Err(format!("URL parameter {k} contains a NUL byte (%00)"));
        }
        if k != "host" && out.iter().any(|(x, _)| *x == k) {
            return Err(format!("URL parameter {k} is given twice"));
        }
        out.push((k, v));
    }
    Ok(out)
}

/// Query keys whose value is a secret (shown as `***`).
pub fn is_secret_key(k: &str) -> bool {
    matches!(
        k.to_ascii_lowercase().as_str(),
        "password" | "passwd" | "pwd" | "pass" | "sslpassword"
    )
}

/// Percent-decoding as SQLAlchemy's `unquote` does it: a `%` not followed by two
/// hex digits stays as it is (a password such as `50%off`); the result must be UTF-8.
fn decode(s: &str) -> Result<String, String> {
    percent_decode_str(s)
        .decode_utf8()
        .map(|c| c.into_owned())
        .map_err(|_| "%-escapes that do not form UTF-8".to_string())
}

/// What a user name, password or database name keeps unescaped (RFC 3986's
/// unreserved characters).
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');
/// What a query value keeps unescaped besides: paths, ports and lists read better.
const QUERY_VALUE: &AsciiSet = &UNRESERVED.remove(b'/').remove(b':').remove(b',');

fn encode(s: &str) -> String {
    utf8_percent_encode(s, UNRESERVED).to_string()
}

fn encode_query(s: &str) -> String {
    utf8_percent_encode(s, QUERY_VALUE).to_string()
}

/// A URL string fit to print, whether it parses or not: everything from `://` to the
/// last `@` (user and password, whatever they contain) becomes `***`, and so does
/// everything after a `password=` (or `passwd=`, `pwd=`) query key.
pub fn redact(s: &str) -> String {
    // The query secret first: the '@' rule below must not see an '@' inside it.
    let mut s = s.to_string();
    let lower = s.to_ascii_lowercase();
    let cut = ["password=", "passwd=", "pwd=", "pass="]
        .iter()
        .filter_map(|k| {
            lower
                .match_indices(k)
                .map(|(i, _)| i)
                .find(|&i| i > 0 && matches!(lower.as_bytes()[i - 1], b'?' | b'&' | b';' | b' '))
        })
        .min();
    if let Some(i) = cut {
        let eq = i + s[i..].find('=').unwrap_or(0);
        s.truncate(eq + 1);
        s.push_str("***");
    }
    let (head, rest) = match s.find("://") {
        Some(i) => s.split_at(i + 3),
        None => ("", s.as_str()),
    };
    match rest.rfind('@') {
        Some(at) => format!("{head}***{}", &rest[at..]),
        None => s.clone(),
    }
}

/// An error in a URL's parameters, with the URL (password hidden).
pub(crate) fn bad(url: &DbUrl, why: String) -> Error {
    Error::Url(format!("{why} in {url}"))
}

/// A boolean URL parameter.
pub(crate) fn flag(url: &DbUrl, k: &str, v: &str) -> Result<bool, Error> {
    match v.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" | "on" => Ok(true),
        "false" | "0" | "no" | "off" => Ok(false),
        _ => Err(bad(
            url,
            format!("URL parameter {k}={v:?} is not true or false"),
        )),
    }
}

/// A URL parameter that names a file.
pub(crate) fn file(url: &DbUrl, k: &str, v: &str) -> Result<PathBuf, Error> {
    if v.is_empty() {
        return Err(bad(url, format!("URL parameter {k} names no file")));
    }
    Ok(PathBuf::from(v))
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
        assert_eq!(
            p("mysql+PyMySQL://u@h/db").driver().as_deref(),
            Some("pymysql")
        );
        assert_eq!(p("mysql://u@h/db").driver(), None);
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
    fn passwords_follow_sqlalchemy_grammar() {
        // SQLAlchemy's password runs to the first '@': '/', '?' and ':' are fine.
        for (url, pw) in [
            ("mysql://u:p/ss@h/db", "p/ss"),
            ("mysql://u:p?ss@h/db?charset=utf8", "p?ss"),
            ("mysql://u:a:b@h/db", "a:b"),
            ("postgresql://u:pw@h/db?sslrootcert=/etc/a@b.pem", "pw"),
        ] {
            let u = p(url);
            assert_eq!(u.password.as_deref(), Some(pw), "{url}");
            assert_eq!(u.host.as_deref(), Some("h"), "{url}");
            assert_eq!(u.database.as_deref(), Some("db"), "{url}");
        }
        let u = p("postgresql://u@/db?host=/run/postgresql");
        assert_eq!((u.user.as_deref(), u.host.as_deref()), (Some("u"), None));
        assert_eq!(u.socket(), Some("/run/postgresql"));
        let u = p("mysql://h:3306/db");
        assert_eq!(
            (u.user, u.host.as_deref(), u.port),
            (None, Some("h"), Some(3306))
        );
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
        for bad in ["sqlite://", "sqlite:///:memory:", "sqlite:///a%00b.db"] {
            assert!(DbUrl::parse(bad).is_err(), "{bad}");
        }
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
        let u = p("mysql://root@h/db?password=topsecret&ssl=true");
        assert_eq!(u.to_string(), "mysql://root:***@h/db?ssl=true");
        assert_eq!(u.password.as_deref(), Some("topsecret"));
    }

    #[test]
    fn bad_urls_are_clear_errors_without_the_password() {
        for (bad, want) in [
            ("oracle://u:pw@h/db", "unknown database scheme \"oracle\""),
            ("just-a-name", "expected dialect://"),
            ("mysql://u:pw@h:notaport/db", "port \"notaport\""),
            ("mysql://u:pw@h:70000/db", "port"),
            ("sqlite://relative.db", "sqlite:///file.db"),
            ("mysql://u:p%C3@h/db", "UTF-8 in the password"),
            ("://h/db", "missing dialect"),
            ("mysql://u:pw@h/d%00b", "NUL"),
            ("mysql://u:pw@h/db?x=1&x=2", "given twice"),
            ("mysql://u:pw@ss@h/db", "percent-encode an @"),
        ] {
            let err = DbUrl::parse(bad).unwrap_err().to_string();
            assert!(err.contains(want), "{bad}: {err}");
            assert!(!err.contains("pw"), "{bad} leaked its password: {err}");
        }
    }

    #[test]
    fn redact_hides_everything_up_to_the_last_at() {
        assert_eq!(redact("mysql://u:secret@h:x/db"), "mysql://***@h:x/db");
        assert_eq!(redact("mysql://u:se/cr@et@h/db"), "mysql://***@h/db");
        assert_eq!(redact("mysql://h/db"), "mysql://h/db");
        assert_eq!(
            redact("mysql://u@h/db?ssl=true&password=s3@cret&x=1"),
            "mysql://***@h/db?ssl=true&password=***"
        );
        assert_eq!(redact("u:secret@h"), "***@h");
    }
}
