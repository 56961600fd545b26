//! Where and as whom to connect: the URL, its parameters, the credential files and
//! the environment resolved into one [`Target`] that a driver only has to follow.
//!
//! `localhost` on MySQL means the server's Unix socket when it exists, as mysqlclient
//! (SQLAlchemy's default MySQL driver) and the mysql client do, so Debian's
//! socket-authenticated root works; `mysql+pymysql://` and other pure-Python drivers
//! connect over TCP, and so does ast-schema for them. A PostgreSQL URL without a host
//! uses libpq's socket directory when the server's socket is there.

use std::path::Path;

use crate::db::credentials::{self, Env};
use crate::db::options::{ConnOptions, TlsMode};
use crate::db::tls::{self, TlsPlan};
use crate::db::url::DbUrl;
use crate::definitions::dialect::Dialect;
use crate::error::{DbError, DbErrorKind};

/// How to reach the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Endpoint {
    Tcp {
        host: String,
        port: u16,
    },
    /// MySQL: the socket file; PostgreSQL: the socket directory (and port).
    Socket {
        path: String,
        port: u16,
    },
}

/// A connection's every setting, resolved.
#[derive(Debug, Clone)]
pub struct Target {
    pub dialect: Dialect,
    pub endpoint: Endpoint,
    /// Why this endpoint, when it is not plain from the URL.
    pub endpoint_note: Option<String>,
    pub user: String,
    pub password: Option<String>,
    /// Where the password came from: "the URL", "PGPASSWORD", "~/.pgpass line 2", ...
    pub password_source: Option<String>,
    pub database: Option<String>,
    pub options: ConnOptions,
    pub tls: TlsPlan,
    /// PostgreSQL with several hosts: every host and port, in order (the first is
    /// `endpoint`); empty with one.
    pub hosts: Vec<(String, u16)>,
}

const MYSQL_SOCKETS: &[&str] = &[
    "/run/mysqld/mysqld.sock",
    "/var/run/mysqld/mysqld.sock",
    "/tmp/mysql.sock",
    "/var/lib/mysql/mysql.sock",
];
const PG_SOCKET_DIRS: &[&str] = &["/var/run/postgresql", "/run/postgresql", "/tmp"];

fn exists(p: &str) -> bool {
    Path::new(p).exists()
}

impl Target {
    /// Resolves `url` against the process environment and files.
    pub fn resolve(url: &DbUrl) -> Result<Target, DbError> {
        Target::resolve_in(url, &Env::process())
    }

    pub fn resolve_in(url: &DbUrl, env: &Env) -> Result<Target, DbError> {
        let options = ConnOptions::from_url(url)
            .map_err(|e| DbError::new(DbErrorKind::Other, e.to_string()))?;
        let mut password = url.password.clone();
        let mut password_source = password.as_ref().map(|_| match &url.password_file {
            Some(f) => format!("--password-file {}", f.display()),
            None => "the URL".to_string(),
        });
        let (endpoint, endpoint_note, user) = match url.dialect {
            Dialect::Mysql => {
                let cnf = credentials::my_cnf(options.option_file.as_deref(), env);
                if let (Some(f), None) = (&options.option_file, &cnf) {
                    return Err(DbError::new(
                        DbErrorKind::Auth,
                        format!(
                            "cannot read option file {} (read_default_file)",
                            f.display()
                        ),
                    ));
                }
                let (section, file) = cnf.unzip();
                let section = section.unwrap_or_default();
                let user = url
                    .user
                    .clone()
                    .or_else(|| section.user.clone())
                    .unwrap_or_else(|| "root".into());
                if password.is_none() {
                    if let (Some(pw), Some(f)) = (&section.password, &file) {
                        password = Some(pw.clone());
                        password_source = Some(format!("[client] of {f}"));
                    } else if let Some(pw) = env.var("MYSQL_PWD") {
                        password = Some(pw.to_string());
                        password_source = Some("MYSQL_PWD".into());
                    }
                }
                let (ep, note) = mysql_endpoint(url, &options, section.socket.as_deref(), env);
                (ep, note, user)
            }
            Dialect::Postgresql => {
                let user = url.user.clone().unwrap_or_else(|| "postgres".into());
                let port = url.port.or(options.port).unwrap_or(5432);
                let (ep, note) = match (
                    url.socket(),
                    url.host
                        .clone()
                        .or(options.host.clone())
                        .or_else(|| options.hosts.first().map(|h| h.0.clone())),
                ) {
                    (Some(dir), _) => (
                        Endpoint::Socket {
                            path: dir.to_string(),
                            port,
                        },
                        None,
                    ),
                    (None, Some(host)) => (Endpoint::Tcp { host, port }, None),
                    (None, None) => {
                        match PG_SOCKET_DIRS
                            .iter()
                            .find(|d| exists(&format!("{d}/.s.PGSQL.{port}")))
                        {
                            Some(d) if !options.tls.mode.required() => (
                                Endpoint::Socket {
                                    path: d.to_string(),
                                    port,
                                },
                                Some("no host in the URL: libpq's Unix socket directory".into()),
                            ),
                            _ => (
                                Endpoint::Tcp {
                                    host: "localhost".into(),
                                    port,
                                },
                                Some("no host in the URL".into()),
                            ),
                        }
                    }
                };
                if password.is_none() {
                    if let Some(pw) = env.var("PGPASSWORD") {
                        password = Some(pw.to_string());
                        password_source = Some("PGPASSWORD".into());
                    } else {
                        let host = match &ep {
                            Endpoint::Tcp { host, .. } => host.clone(),
                            Endpoint::Socket { .. } => "localhost".into(),
                        };
                        let db = url.database.clone().unwrap_or_else(|| user.clone());
                        if let Some((pw, from)) = credentials::from_pgpass(
                            options.passfile.as_deref(),
                            env,
                            &host,
                            port,
                            &db,
                            &user,
                        ) {
                            password = Some(pw);
                            password_source = Some(from);
                        }
                    }
                }
                (ep, note, user)
            }
            Dialect::Sqlite => (
                Endpoint::Socket {
                    path: url.database.clone().unwrap_or_default(),
                    port: 0,
                },
                None,
                String::new(),
            ),
        };
        let mut tls = tls::plan(url.dialect, &options.tls, env.home.as_deref())?;
        if matches!(endpoint, Endpoint::Socket { .. }) {
            // A local socket carries no TLS; only allow/prefer/disable get here.
            tls.mode = TlsMode::Disable;
        }
        Ok(Target {
            dialect: url.dialect,
            endpoint,
            endpoint_note,
            user,
            password,
            password_source,
            database: url.database.clone(),
            hosts: options
                .hosts
                .iter()
                .map(|(h, p)| (h.clone(), p.or(url.port).unwrap_or(5432)))
                .collect(),
            options,
            tls,
        })
    }

    /// The host name TLS checks the certificate against.
    pub fn host(&self) -> &str {
        match &self.endpoint {
            Endpoint::Tcp { host, .. } => host,
            Endpoint::Socket { .. } => "localhost",
        }
    }

    /// One line for `-v`: how, as whom, with which password source.
    pub fn describe(&self) -> String {
        let how = match (&self.endpoint, self.hosts.as_slice()) {
            (_, [_, _, ..]) => format!(
                "TCP, the first of {} that {} ({})",
                self.hosts.len(),
                if self.options.read_write {
                    "accepts writes"
                } else {
                    "answers"
                },
                self.hosts
                    .iter()
                    .map(|(h, p)| format!("{h}:{p}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            (Endpoint::Tcp { host, port }, _) => format!("TCP {host}:{port}"),
            (Endpoint::Socket { path, .. }, _) => format!("Unix socket {path}"),
        };
        let note = self
            .endpoint_note
            .as_ref()
            .map(|n| format!(" ({n})"))
            .unwrap_or_default();
        let pw = match &self.password_source {
            Some(s) => format!("password from {s}"),
            None => "no password".into(),
        };
        format!("{how}{note}, user {}, {pw}", self.user)
    }
}

fn mysql_endpoint(
    url: &DbUrl,
    options: &ConnOptions,
    cnf_socket: Option<&str>,
    env: &Env,
) -> (Endpoint, Option<String>) {
    let port = url.port.unwrap_or(3306);
    if let Some(s) = url.socket() {
        return (
            Endpoint::Socket {
                path: s.to_string(),
                port,
            },
            None,
        );
    }
    let host = url.host.clone().unwrap_or_else(|| "localhost".into());
    let socket_driver = matches!(
        url.driver().as_deref(),
        None | Some("mysqldb") | Some("mariadbconnector")
    );
    if host == "localhost" && socket_driver {
        if options.tls.mode.required() {
            return (
                Endpoint::Tcp { host, port },
                Some("localhost over TCP, not the Unix socket, since TLS is asked for".into()),
            );
        }
        let found: Option<(String, &str)> = cnf_socket
            .filter(|s| exists(s))
            .map(|s| (s.to_string(), "the socket of ~/.my.cnf"))
            .or_else(|| {
                env.var("MYSQL_UNIX_PORT")
                    .filter(|s| exists(s))
                    .map(|s| (s.to_string(), "MYSQL_UNIX_PORT"))
            })
            .or_else(|| {
                MYSQL_SOCKETS
                    .iter()
                    .find(|s| exists(s))
                    .map(|s| (s.to_string(), "the default socket"))
            });
        return match found {
            Some((path, why)) => (
                Endpoint::Socket { path, port },
                Some(format!(
                    "localhost means {why}, as with mysqlclient; use 127.0.0.1 for TCP"
                )),
            ),
            None => (
                Endpoint::Tcp { host, port },
                Some("localhost over TCP: no server socket found".into()),
            ),
        };
    }
    (Endpoint::Tcp { host, port }, None)
}
