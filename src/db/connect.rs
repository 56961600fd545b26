//! Opening the database the way an init container needs: wait for a server that is
//! not up yet, and create the database when asked.
//!
//! "Not up yet" (refused, unreachable, starting up) is retried with backoff until
//! `--wait` runs out; "wrong password" and "no such database" fail at once, unless
//! `--create-database` is given, which creates the database (MySQL `CREATE
//! DATABASE`, PostgreSQL through its maintenance database, SQLite's folder) and
//! connects again.

use std::time::{Duration, Instant};

use crate::db::driver::{self, Connection, DbError};
use crate::db::url::DbUrl;
use crate::definitions::dialect::Dialect;
use crate::error::{DbErrorKind, Error};

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// How long to keep retrying an unreachable server.
    pub wait: Duration,
    pub create_database: bool,
    /// Do not create anything (a missing SQLite file is "no database").
    pub existing_only: bool,
}

/// Connects to `url`, calling `on_retry(attempt, waited, why)` before each retry.
pub fn open(
    url: &DbUrl,
    opts: &Options,
    on_retry: &mut dyn FnMut(u32, Duration, &str),
) -> Result<Box<dyn Connection>, Error> {
    if url.dialect != Dialect::Sqlite && url.database.is_none() {
        return Err(Error::Url(format!("URL {url} names no database")));
    }
    if url.dialect == Dialect::Sqlite {
        if let Some(path) = url.sqlite_path() {
            let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
            if opts.create_database {
                if let Some(dir) = parent {
                    std::fs::create_dir_all(dir).map_err(|e| {
                        Error::Permission(format!(
                            "cannot create folder {} for the database: {e}",
                            dir.display()
                        ))
                    })?;
                }
            } else if opts.existing_only && !path.exists() {
                return Err(Error::Connect {
                    url: url.to_string(),
                    kind: DbErrorKind::NoDatabase,
                    msg: format!("database file {} does not exist", path.display()),
                });
            } else if parent.is_some_and(|d| !d.exists()) {
                return Err(Error::Connect {
                    url: url.to_string(),
                    kind: DbErrorKind::NoDatabase,
                    msg: format!(
                        "folder {} does not exist (--create-database creates it)",
                        parent.map(|d| d.display().to_string()).unwrap_or_default()
                    ),
                });
            }
            if !opts.existing_only {
                writable(&path, parent)?;
            }
        }
    }
    let started = Instant::now();
    let mut attempt = 0u32;
    let mut pause = Duration::from_millis(100);
    let mut created = false;
    loop {
        attempt += 1;
        // A command that writes needs a server that accepts writes: a standby (or
        // a read-only replica) is waited out like a server not up yet, since a
        // failover may be under way, and refused when the wait is over.
        let connected = driver::connect(url).and_then(|mut c| {
            if opts.existing_only {
                return Ok(c);
            }
            match c.read_only() {
                Ok(None) => Ok(c),
                Ok(Some(why)) => Err(Error::Connect {
                    url: url.to_string(),
                    kind: DbErrorKind::ReadOnly,
                    msg: why,
                }),
                Err(e) => Err(Error::Connect {
                    url: url.to_string(),
                    kind: e.kind,
                    msg: e.message,
                }),
            }
        });
        match connected {
            Ok(c) => return Ok(c),
            // MySQL answers "access denied to database X" rather than "unknown
            // database" to a user without rights there: it may not exist either.
            Err(Error::Connect {
                kind: DbErrorKind::NoDatabase | DbErrorKind::Permission,
                ..
            }) if opts.create_database && !created => {
                create_database(url)?;
                created = true;
            }
            Err(Error::Connect {
                kind: kind @ (DbErrorKind::Unreachable | DbErrorKind::ReadOnly),
                url: u,
                msg,
            }) => {
                let waited = started.elapsed();
                if waited >= opts.wait {
                    let msg = if opts.wait.is_zero() {
                        msg
                    } else {
                        format!("{msg} (gave up after {} s of --wait)", waited.as_secs())
                    };
                    return Err(Error::Connect { url: u, kind, msg });
                }
                on_retry(attempt, waited, &msg);
                std::thread::sleep(pause.min(opts.wait - waited));
                pause = (pause * 2).min(Duration::from_secs(2));
            }
            Err(e) => return Err(e),
        }
    }
}

/// Creates the database `url` names, on its server.
pub fn create_database(url: &DbUrl) -> Result<(), Error> {
    let name = url.database.as_deref().unwrap_or_default();
    let fail = |e: driver::DbError| match e.kind {
        DbErrorKind::Permission | DbErrorKind::Auth => Error::Permission(format!(
            "cannot create database {name}: {e} (not permitted for this user?)"
        )),
        _ => Error::Database(format!("cannot create database {name}: {e}")),
    };
    let server_err = |e: Error| match e {
        Error::Connect { url, kind, msg } => Error::Connect {
            url,
            kind,
            msg: format!("{msg} (while creating database {name})"),
        },
        e => e,
    };
    match url.dialect {
        Dialect::Mysql => {
            let mut c = driver::connect(&url.with_database(None)).map_err(server_err)?;
            c.execute(&format!(
                "CREATE DATABASE IF NOT EXISTS {}",
                Dialect::Mysql.ident(name)
            ))
            .map_err(fail)
        }
        Dialect::Postgresql => {
            let mut c = match driver::connect(&url.with_database(Some("postgres"))) {
                Ok(c) => c,
                Err(Error::Connect {
                    kind: DbErrorKind::NoDatabase,
                    ..
                }) => driver::connect(&url.with_database(Some("template1"))).map_err(server_err)?,
                Err(e) => return Err(server_err(e)),
            };
            match c.execute(&format!(
                "CREATE DATABASE {}",
                Dialect::Postgresql.ident(name)
            )) {
                Ok(()) => Ok(()),
                // Another replica created it first.
                Err(e)
                    if e.message.contains("SQLSTATE 42P04")
                        || e.message.contains("SQLSTATE 23505") =>
                {
                    Ok(())
                }
                Err(e) => Err(fail(e)),
            }
        }
        Dialect::Sqlite => Ok(()),
    }
}

/// One line for `-v`: where the connection goes, as whom, with which password
/// source, and whether the server says the session is encrypted, with what.
pub fn describe(conn: &mut dyn Connection, url: &DbUrl) -> String {
    let how = conn.describe();
    let enc = match url.dialect {
        Dialect::Sqlite => return format!("connected to {url}: {how}"),
        _ => match session_encryption(conn) {
            Ok(Some(e)) => format!("encrypted ({e})"),
            Ok(None) => "not encrypted".to_string(),
            Err(e) => format!("encryption unknown ({e})"),
        },
    };
    format!("connected to {url}: {how}; {enc}")
}

/// A SQLite database that will be written needs a writable file and folder (SQLite
/// keeps its journal beside the file): say so up front, exit 14, rather than fail
/// in the middle of a migration.
fn writable(path: &std::path::Path, parent: Option<&std::path::Path>) -> Result<(), Error> {
    use std::io::ErrorKind;
    let denied = |e: &std::io::Error| {
        matches!(
            e.kind(),
            ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem
        )
    };
    if path.exists() {
        if let Err(e) = std::fs::OpenOptions::new().append(true).open(path) {
            if denied(&e) {
                return Err(Error::Permission(format!(
                    "database file {} is read-only: {e}",
                    path.display()
                )));
            }
        }
    }
    let dir = parent.unwrap_or(std::path::Path::new("."));
    if dir.is_dir() {
        let probe = dir.join(format!(".ast-schema-probe-{}", std::process::id()));
        match std::fs::File::create(&probe) {
            Ok(_) => {
                let _ = std::fs::remove_file(&probe);
            }
            Err(e) if denied(&e) => {
                return Err(Error::Permission(format!(
                    "folder {} is read-only, and SQLite writes its journal there: {e}",
                    dir.display()
                )))
            }
            Err(_) => {}
        }
    }
    Ok(())
}

/// What the server says about this session's encryption: `Some("TLSv1.3,
/// TLS_AES_256_GCM_SHA384")`, or `None` when the session is not encrypted.
pub fn session_encryption(conn: &mut dyn Connection) -> Result<Option<String>, DbError> {
    match conn.dialect() {
        Dialect::Postgresql => {
            let rows = conn.query(
                "SELECT ssl, version, cipher, bits FROM pg_stat_ssl WHERE pid = pg_backend_pid()",
            )?;
            Ok(rows.first().and_then(|r| {
                (r[0].as_deref() == Some("t")).then(|| {
                    format!(
                        "{}, {}, {} bits",
                        r[1].as_deref().unwrap_or("?"),
                        r[2].as_deref().unwrap_or("?"),
                        r[3].as_deref().unwrap_or("?")
                    )
                })
            }))
        }
        Dialect::Mysql => {
            let rows = conn.query(
                "SHOW SESSION STATUS WHERE Variable_name IN ('Ssl_version', 'Ssl_cipher')",
            )?;
            let get = |n: &str| {
                rows.iter()
                    .find(|r| r[0].as_deref() == Some(n))
                    .and_then(|r| r[1].clone())
                    .filter(|v| !v.is_empty())
            };
            Ok(get("Ssl_cipher")
                .map(|c| format!("{}, {c}", get("Ssl_version").unwrap_or_default())))
        }
        Dialect::Sqlite => Ok(None),
    }
}
