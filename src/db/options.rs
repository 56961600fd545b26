//! The URL's query parameters: which ones each database accepts, and what they mean,
//! parsed once into [`ConnOptions`] (TLS included) for the drivers.
//!
//! The names are those Asterisk users already have in their SQLAlchemy URLs: libpq's
//! for PostgreSQL (`sslmode`, `sslrootcert`, `host`, ...), PyMySQL's and mysqlclient's
//! for MySQL (`ssl_ca`, `ssl_mode`, `unix_socket`, ...). Nothing is ignored: a
//! parameter not in [`PARAMS`] is an error naming it, and so is a value that does not
//! fit. The guide's list of parameters (docs/usage.md) is held to [`PARAMS`] by a test.

use std::path::PathBuf;
use std::time::Duration;

use crate::db::url::{bad, file, parse_grammar, redact, DbUrl};
use crate::definitions::dialect::Dialect;
use crate::error::Error;

use crate::db::tls_request::{mysql_tls, pg_tls};
pub use crate::db::tls_request::{Roots, TlsMode, TlsRequest};

/// One accepted query parameter.
pub struct Param {
    pub name: &'static str,
    pub dialect: Dialect,
    pub about: &'static str,
}

const M: Dialect = Dialect::Mysql;
const P: Dialect = Dialect::Postgresql;

/// Every accepted query parameter (docs/usage.md lists exactly these).
pub const PARAMS: &[Param] = &[
    Param { name: "unix_socket", dialect: M, about: "path of the server's Unix socket" },
    Param { name: "charset", dialect: M, about: "connection character set, e.g. `utf8mb4` (`SET NAMES`)" },
    Param { name: "ssl", dialect: M, about: "`true`: TLS required (no certificate check unless asked); `false`: no TLS" },
    Param { name: "ssl_mode", dialect: M, about: "`DISABLED`, `PREFERRED`, `REQUIRED`, `VERIFY_CA`, `VERIFY_IDENTITY` (mysqlclient)" },
    Param { name: "ssl_ca", dialect: M, about: "CA certificate file (PEM) the server's certificate must chain to; alone it means `VERIFY_IDENTITY`, as in PyMySQL" },
    Param { name: "ssl_cert", dialect: M, about: "client certificate file (PEM), with `ssl_key`" },
    Param { name: "ssl_key", dialect: M, about: "client private key file (PEM), with `ssl_cert`" },
    Param { name: "ssl_verify_cert", dialect: M, about: "`true`: check the server's certificate chain (`VERIFY_CA`)" },
    Param { name: "ssl_verify_identity", dialect: M, about: "`true`: check the chain and the host name (`VERIFY_IDENTITY`)" },
    Param { name: "ssl_check_hostname", dialect: M, about: "`false` with `ssl_ca`: check the chain but not the host name (SQLAlchemy's name)" },
    Param { name: "read_default_file", dialect: M, about: "option file whose `[client]` section gives user, password and socket (instead of `~/.my.cnf`)" },
    Param { name: "connect_timeout", dialect: M, about: "seconds for connecting, TLS and login (default 10)" },
    Param { name: "read_timeout", dialect: M, about: "seconds any one statement may take (default: no limit, so long DDL is never cut off)" },
    Param { name: "password", dialect: M, about: "the password (better: in the URL's user part, or `--password-file`)" },
    Param { name: "passwd", dialect: M, about: "the same, PyMySQL's older name" },
    Param { name: "host", dialect: P, about: "socket directory (starting with `/`) or host name, libpq style; several hosts (a primary and its standbys) as `host=h1:5432&host=h2:5432` (SQLAlchemy) or `host=h1,h2` (libpq), tried in order" },
    Param { name: "port", dialect: P, about: "port, when the URL has none; with several hosts, one per host (`port=5432,5433`)" },
    Param { name: "target_session_attrs", dialect: P, about: "`read-write` (or `primary`): with several hosts, the one that accepts writes; `any` (default): the first that answers" },
    Param { name: "sslmode", dialect: P, about: "`disable`, `allow`, `prefer` (default), `require`, `verify-ca`, `verify-full`, as libpq" },
    Param { name: "sslrootcert", dialect: P, about: "CA certificate file (PEM), or `system` for the platform's trusted roots (default `~/.postgresql/root.crt`)" },
    Param { name: "sslcert", dialect: P, about: "client certificate file (PEM) (default `~/.postgresql/postgresql.crt` when present)" },
    Param { name: "sslkey", dialect: P, about: "client private key file (PEM) (default `~/.postgresql/postgresql.key`)" },
    Param { name: "passfile", dialect: P, about: "password file in `.pgpass` format (instead of `PGPASSFILE` or `~/.pgpass`)" },
    Param { name: "application_name", dialect: P, about: "name shown in `pg_stat_activity` (default `ast-schema`)" },
    Param { name: "connect_timeout", dialect: P, about: "seconds for connecting, TLS and login (default 10)" },
    Param { name: "password", dialect: P, about: "the password (better: in the URL's user part, `--password-file` or `PGPASSWORD`)" },
];

/// Parameters the drivers these URLs come from know, which ast-schema does not
/// implement: named as unsupported rather than unknown.
const UNSUPPORTED: &[(&str, Dialect)] = &[
    ("ssl_capath", M),
    ("write_timeout", M),
    ("ssl_cipher", M),
    ("ssl_crl", M),
    ("local_infile", M),
    ("read_default_group", M),
    ("init_command", M),
    ("sql_mode", M),
    ("client_flag", M),
    ("compress", M),
    ("autocommit", M),
    ("sslpassword", P),
    ("sslcrl", P),
    ("sslcrldir", P),
    ("sslnegotiation", P),
    ("sslcompression", P),
    ("ssl_min_protocol_version", P),
    ("ssl_max_protocol_version", P),
    ("gssencmode", P),
    ("channel_binding", P),
    ("options", P),
    ("hostaddr", P),
    ("keepalives", P),
    ("client_encoding", P),
    ("service", P),
    ("user", P),
    ("dbname", P),
];

/// Everything the query parameters say, typed.
#[derive(Debug, Clone)]
pub struct ConnOptions {
    pub tls: TlsRequest,
    pub connect_timeout: Duration,
    pub read_timeout: Option<Duration>,
    pub charset: Option<String>,
    pub application_name: String,
    /// PostgreSQL `passfile`.
    pub passfile: Option<PathBuf>,
    /// MySQL `read_default_file`.
    pub option_file: Option<PathBuf>,
    /// PostgreSQL `host` that is a name rather than a socket directory.
    pub host: Option<String>,
    /// PostgreSQL `port`.
    pub port: Option<u16>,
    /// PostgreSQL with several hosts (a primary and standbys): each host and its
    /// port, in the order to try them (empty with one host).
    pub hosts: Vec<(String, Option<u16>)>,
    /// PostgreSQL `target_session_attrs=read-write`: only a server that accepts
    /// writes will do.
    pub read_write: bool,
}

pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Checks every query parameter of `url`: known for its dialect, a value that fits.
pub fn check_query(url: &DbUrl) -> Result<(), Error> {
    ConnOptions::from_url(url).map(|_| ())
}

fn names(d: Dialect) -> String {
    let mut v: Vec<&str> = PARAMS
        .iter()
        .filter(|p| p.dialect == d)
        .map(|p| p.name)
        .collect();
    v.dedup();
    v.join(", ")
}

fn port_number(url: &DbUrl, p: &str) -> Result<u16, Error> {
    p.parse::<u16>()
        .ok()
        .filter(|p| *p > 0)
        .ok_or_else(|| bad(url, format!("port {p:?} is not a number from 1 to 65535")))
}

/// `host` or `host:port` of a multi-host list.
fn split_host_port(url: &DbUrl, h: &str) -> Result<(String, Option<u16>), Error> {
    match h.rsplit_once(':') {
        Some((host, port)) if !host.is_empty() => {
            Ok((host.to_string(), Some(port_number(url, port)?)))
        }
        _ => Ok((h.to_string(), None)),
    }
}

fn seconds(url: &DbUrl, k: &str, v: &str) -> Result<Duration, Error> {
    v.trim()
        .parse::<f64>()
        .ok()
        .filter(|s| *s > 0.0)
        .and_then(|s| Duration::try_from_secs_f64(s).ok())
        .ok_or_else(|| {
            bad(
                url,
                format!("URL parameter {k}={v:?} is not a positive number of seconds"),
            )
        })
}

impl DbUrl {
    /// Reads a database URL and checks every query parameter (known for its dialect,
    /// a value that fits); `?password=` becomes the password.
    pub fn parse(s: &str) -> Result<DbUrl, Error> {
        let mut url = parse_grammar(s.trim())?;
        check_query(&url)?;
        // `?password=` (libpq, PyMySQL; also `passwd`) is the password, said another way.
        for key in ["password", "passwd"] {
            if let Some(i) = url.query.iter().position(|(k, _)| k == key) {
                if url.password.is_some() {
                    return Err(Error::Url(format!(
                        "{} gives the password twice (before the @ and as ?{key}=)",
                        redact(s)
                    )));
                }
                url.password = Some(url.query.remove(i).1);
            }
        }
        Ok(url)
    }
}

impl ConnOptions {
    pub fn from_url(url: &DbUrl) -> Result<ConnOptions, Error> {
        for (k, _) in &url.query {
            let known = PARAMS
                .iter()
                .any(|p| p.name == k && p.dialect == url.dialect);
            if known {
                continue;
            }
            let what = match url.dialect {
                Dialect::Sqlite => {
                    return Err(bad(
                        url,
                        format!("unknown URL parameter {k:?}: SQLite URLs take no parameters"),
                    ))
                }
                d => d,
            };
            let why = if UNSUPPORTED.iter().any(|(n, d)| n == k && *d == what) {
                format!("URL parameter {k:?} is not supported by ast-schema")
            } else {
                format!("unknown URL parameter {k:?}")
            };
            return Err(bad(
                url,
                format!("{why} (accepted for {}: {})", what.name(), names(what)),
            ));
        }
        let q = |k: &str| url.query_value(k);
        let mut o = ConnOptions {
            tls: match url.dialect {
                Dialect::Mysql => mysql_tls(url)?,
                Dialect::Postgresql => pg_tls(url)?,
                Dialect::Sqlite => TlsRequest {
                    mode: TlsMode::Disable,
                    explicit: false,
                    roots: None,
                    client_cert: None,
                    client_key: None,
                    spelled: String::new(),
                },
            },
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            read_timeout: None,
            charset: None,
            application_name: "ast-schema".into(),
            passfile: None,
            option_file: None,
            host: None,
            port: None,
            hosts: Vec::new(),
            read_write: false,
        };
        if let Some(v) = q("connect_timeout") {
            o.connect_timeout = seconds(url, "connect_timeout", v)?;
        }
        if let Some(v) = q("read_timeout") {
            o.read_timeout = Some(seconds(url, "read_timeout", v)?);
        }
        if let Some(v) = q("charset") {
            if v.is_empty() || !v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Err(bad(
                    url,
                    format!("URL parameter charset={v:?} is not a character set name"),
                ));
            }
            o.charset = Some(v.to_string());
        }
        if let Some(v) = q("application_name") {
            o.application_name = v.to_string();
        }
        if let Some(v) = q("passfile") {
            o.passfile = Some(file(url, "passfile", v)?);
        }
        if let Some(v) = q("read_default_file") {
            o.option_file = Some(file(url, "read_default_file", v)?);
        }
        if url.dialect == Dialect::Postgresql {
            let listed: Vec<&str> = url
                .query
                .iter()
                .filter(|(k, _)| k == "host")
                .flat_map(|(_, v)| v.split(','))
                .collect();
            if listed.len() > 1 {
                if listed.iter().any(|h| h.is_empty() || h.starts_with('/')) {
                    return Err(bad(
                        url,
                        "several hosts in URL parameter host must all be host names".into(),
                    ));
                }
                for h in listed {
                    o.hosts.push(split_host_port(url, h)?);
                }
            } else if let Some(&h) = listed.first() {
                if h.is_empty() {
                    return Err(bad(url, "URL parameter host is empty".into()));
                }
                if !h.starts_with('/') {
                    if url.host.as_deref().is_some_and(|u| u != h) {
                        return Err(bad(
                            url,
                            format!("URL parameter host={h:?} contradicts the URL's host"),
                        ));
                    }
                    o.host = Some(h.to_string());
                }
            }
            if let Some(v) = q("target_session_attrs") {
                o.read_write = match v {
                    "any" => false,
                    "read-write" | "primary" => true,
                    other => {
                        return Err(bad(
                            url,
                            format!(
                                "target_session_attrs={other:?} is not supported (ast-schema writes: read-write, primary or any)"
                            ),
                        ))
                    }
                };
            }
            if !o.hosts.is_empty() {
                if let Some(p) = q("port") {
                    let ports: Vec<&str> = p.split(',').collect();
                    if ports.len() != o.hosts.len() && ports.len() != 1 {
                        return Err(bad(
                            url,
                            format!(
                                "URL parameter port={p:?} gives {} ports for {} hosts",
                                ports.len(),
                                o.hosts.len()
                            ),
                        ));
                    }
                    for (i, h) in o.hosts.iter_mut().enumerate() {
                        let one = ports.get(i).or(ports.first()).copied().unwrap_or_default();
                        if h.1.is_none() {
                            h.1 = Some(port_number(url, one)?);
                        }
                    }
                }
            }
            if let (Some(p), true) = (q("port"), o.hosts.is_empty()) {
                let port = port_number(url, p)?;
                if url.port.is_some_and(|u| u != port) {
                    return Err(bad(
                        url,
                        format!("URL parameter port={p} contradicts the URL's port"),
                    ));
                }
                o.port = Some(port);
            }
        }
        if url.dialect == Dialect::Mysql {
            if let Some(s) = q("unix_socket") {
                if s.is_empty() {
                    return Err(bad(url, "URL parameter unix_socket is empty".into()));
                }
                if o.tls.mode.required() {
                    return Err(bad(
                        url,
                        format!("{} asks for TLS, which a Unix socket (unix_socket) does not carry; connect over TCP instead", o.tls.spelled),
                    ));
                }
            }
        }
        if url.dialect == Dialect::Postgresql && url.socket().is_some() && o.tls.mode.required() {
            return Err(bad(
                url,
                format!("{} asks for TLS, which a Unix socket (host={}) does not carry; connect over TCP instead", o.tls.spelled, url.socket().unwrap_or_default()),
            ));
        }
        Ok(o)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The options a URL gives, or its error's text (the TLS request's tests too).
    pub(crate) fn opts(s: &str) -> Result<ConnOptions, String> {
        DbUrl::parse(s)
            .and_then(|u| ConnOptions::from_url(&u))
            .map_err(|e| e.to_string())
    }

    pub(crate) fn mode(s: &str) -> TlsMode {
        opts(s).unwrap_or_else(|e| panic!("{s}: {e}")).tls.mode
    }

    #[test]
    fn unknown_and_unsupported_parameters_are_named() {
        let err = opts("mysql://u@h/db?sslmode=require").unwrap_err();
        assert!(err.contains("unknown URL parameter \"sslmode\""), "{err}");
        assert!(
            err.contains("ssl_mode"),
            "the accepted ones are listed: {err}"
        );
        let err = opts("postgresql://u@h/db?ssl_ca=/x").unwrap_err();
        assert!(err.contains("unknown URL parameter \"ssl_ca\""), "{err}");
        let err = opts("mysql://u@h/db?ssl_cipher=AES").unwrap_err();
        assert!(err.contains("\"ssl_cipher\" is not supported"), "{err}");
        let err = opts("sqlite:///a.db?mode=ro").unwrap_err();
        assert!(err.contains("\"mode\""), "{err}");
        let err = opts("postgresql://u@h/db?connect_timeout=soon").unwrap_err();
        assert!(err.contains("connect_timeout"), "{err}");
    }

    #[test]
    fn the_readme_lists_exactly_the_accepted_parameters() {
        let readme = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/usage.md"));
        let section = readme
            .split("\n### URL parameters\n")
            .nth(1)
            .expect("docs/usage.md has a URL parameters section");
        let rows: Vec<(String, String)> = section
            .lines()
            .skip_while(|l| !l.starts_with('|'))
            .take_while(|l| l.starts_with('|'))
            .filter_map(|l| {
                let cells: Vec<&str> = l.split('|').map(str::trim).collect();
                let name = cells.get(1)?.strip_prefix('`')?.strip_suffix('`')?;
                Some((name.to_string(), cells.get(2)?.to_string()))
            })
            .collect();
        let want: Vec<(String, String)> = PARAMS
            .iter()
            .map(|p| {
                let d = if p.dialect == Dialect::Mysql {
                    "MySQL"
                } else {
                    "PostgreSQL"
                };
                (p.name.to_string(), d.to_string())
            })
            .collect();
        assert_eq!(
            rows, want,
            "docs/usage.md's URL parameter table differs from options::PARAMS"
        );
    }

    #[test]
    fn several_postgresql_hosts_are_read_in_both_forms() {
        let o =
            opts("postgresql://u@/db?host=h1:5432&host=h2:5433&target_session_attrs=read-write")
                .unwrap();
        assert_eq!(
            o.hosts,
            [
                ("h1".to_string(), Some(5432)),
                ("h2".to_string(), Some(5433))
            ]
        );
        assert!(o.read_write);
        let o = opts("postgresql://u@/db?host=h1,h2&port=5432,5433&target_session_attrs=primary")
            .unwrap();
        assert_eq!(
            o.hosts,
            [
                ("h1".to_string(), Some(5432)),
                ("h2".to_string(), Some(5433))
            ]
        );
        assert!(opts("postgresql://u@/db?host=h1,h2&port=1,2,3").is_err());
        assert!(opts("postgresql://u@/db?host=h1,/tmp").is_err());
        let err = opts("postgresql://u@/db?host=h1,h2&target_session_attrs=read-only")
            .unwrap_err()
            .to_string();
        assert!(err.contains("target_session_attrs"), "{err}");
        assert!(!opts("postgresql://u@/db?host=h1").unwrap().read_write);
    }

    #[test]
    fn tls_over_a_unix_socket_is_refused() {
        assert!(opts("postgresql://u@/db?host=/run/postgresql&sslmode=require").is_err());
        assert_eq!(
            mode("postgresql://u@/db?host=/run/postgresql"),
            TlsMode::Prefer
        );
    }
}
