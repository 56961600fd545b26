//! Connecting honestly: passwords never printed, whatever the URL looks like; a
//! server that accepts and never answers is an error within --wait plus the connect
//! timeout; one that drops connections while starting is retried; a read-only SQLite
//! file or folder is exit 14.

mod common;

use std::io::Read;
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use ast_schema::definitions::dialect::Dialect;
use common::{stderr, stdout, TempDir, TestDb};

const SECRET: &str = "Xy7SecretPw";

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ast-schema"));
    cmd.args(args);
    for (k, _) in std::env::vars() {
        if k.starts_with("AST_SCHEMA_") || k.starts_with("PG") || k.starts_with("MYSQL_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("HOME", "/nonexistent-home");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

/// Every URL shape that printed its password before, and then some.
fn leaky_urls() -> Vec<(String, Option<i32>)> {
    let s = SECRET;
    let my = "127.0.0.1:3306";
    let pg = "127.0.0.1:5432";
    vec![
        (format!("mysql://root:{s}@127.0.0.1:notaport/x"), Some(3)),
        (format!("mysql://root:{s}@127.0.0.1:99999/x"), Some(3)),
        (format!("mysql://root:{s}/x@{my}/ast_no_db"), None),
        (format!("mysql://root:{s}?x@{my}/ast_no_db"), None),
        (format!("mysql://root:{s}@ss@{my}/x"), Some(3)),
        (format!("mysql://root:{s}@{my}/x/y"), Some(3)),
        (format!("mysql://root@{my}/x?password={s}&bogus=1"), Some(3)),
        (format!("mysql://root:{s}@{my}/x?password={s}"), Some(3)),
        // A % that starts no escape stays as it is (as SQLAlchemy has it): a wrong password.
        (format!("mysql://root:{s}%zz@{my}/x"), Some(6)),
        (format!("mysql://root:{s}%@{my}/x"), Some(6)),
        (format!("mysql://root:{s}%ff@{my}/x"), Some(3)),
        (format!("mysql://root:{s}@{my}/d%00b"), Some(3)),
        (format!("mysql://root:{s}@{my}/x?ssl_mode=sometimes"), Some(3)),
        (format!("mysql://root:{s}@{my}/x?ssl_cipher=AES"), Some(3)),
        (format!("mysql:/root:{s}@{my}/x"), Some(3)),
        (format!("oracle://scott:{s}@{my}/orcl"), Some(3)),
        (format!("mysql://root:{s}@{my}"), Some(3)),
        (format!("mysql://root:{s}@{my}/x?ssl=true&ssl_ca=/nonexistent.pem"), Some(6)),
        (format!("mysql://root:{s}@{my}/ast_no_db?ssl=true"), Some(6)),
        (format!("mysql://root:{s}@127.0.0.1:1/x"), Some(5)),
        (format!("mysql://no_such_user:{s}@{my}/x"), Some(6)),
        (format!("postgresql://u:{s}@{pg}/x?sslmode=bogus"), Some(3)),
        (format!("postgresql://u:{s}@{pg}/x?ssl_ca=/x.pem"), Some(3)),
        (format!("postgresql://no_such_role:{s}@{pg}/postgres"), Some(6)),
        (format!("postgresql://u:{s}@127.0.0.1:1/x"), Some(5)),
        (format!("postgresql://u:{s}@/x?host=/run/x&sslmode=require"), Some(3)),
        (format!("postgresql://postgres@{pg}/x?password={s}&sslmode=verify-full&sslrootcert=/none.pem"), Some(6)),
    ]
}

#[test]
fn passwords_never_appear_in_any_output() {
    let dir = TempDir::new("leak");
    let mut checked = 0;
    for (url, code) in leaky_urls() {
        for extra in [
            &["upgrade", "head"][..],
            &["-v", "upgrade", "head"][..],
            &["--format", "json", "current"][..],
            &["--wait", "1", "-v", "current"][..],
        ] {
            let mut args = vec!["--url", url.as_str()];
            args.extend_from_slice(extra);
            let out = run(&args, &[]);
            let shown = format!("{}{}", stdout(&out), stderr(&out));
            assert!(
                !shown.contains(SECRET),
                "{url} {extra:?} printed the password: {shown}"
            );
            assert!(!out.status.success(), "{url} {extra:?} succeeded");
            if let Some(c) = code {
                assert_eq!(out.status.code(), Some(c), "{url} {extra:?}: {shown}");
            }
            if extra.contains(&"json") {
                let v: serde_json::Value = serde_json::from_str(&stdout(&out))
                    .unwrap_or_else(|e| panic!("{url}: not JSON ({e}): {}", stdout(&out)));
                assert!(v["error"]["message"]
                    .as_str()
                    .is_some_and(|m| !m.is_empty()));
            }
            checked += 1;
        }
        // The same URL from an ini file, and from the environment.
        let ini = dir.0.join("config.ini");
        std::fs::write(
            &ini,
            format!("[alembic]\nscript_location = config\nsqlalchemy.url = {url}\n"),
        )
        .unwrap();
        for out in [
            run(&["-c", ini.to_str().unwrap(), "current"], &[]),
            run(&["current"], &[("AST_SCHEMA_URL", url.as_str())]),
        ] {
            let shown = format!("{}{}", stdout(&out), stderr(&out));
            assert!(
                !shown.contains(SECRET),
                "{url} via ini/env printed the password: {shown}"
            );
        }
    }
    assert!(checked > 100);
    // A lone % in an ini value is an interpolation error: it must not show the URL's password.
    let ini = dir.0.join("pct.ini");
    std::fs::write(
        &ini,
        format!("[alembic]\nsqlalchemy.url = mysql://u:{SECRET}%4@h/db\n"),
    )
    .unwrap();
    let out = run(&["-c", ini.to_str().unwrap(), "current"], &[]);
    assert_eq!(out.status.code(), Some(4), "{}", stderr(&out));
    assert!(!stderr(&out).contains(SECRET), "{}", stderr(&out));
}

#[test]
fn a_working_connection_never_shows_its_password_either() {
    for d in [Dialect::Mysql, Dialect::Postgresql] {
        let db = TestDb::new(d, "pwshow");
        let name = ast_schema::db::url::DbUrl::parse(&db.url)
            .unwrap()
            .database
            .unwrap();
        // A user with a password on the plain servers.
        let url = match d {
            Dialect::Mysql => {
                db.exec(&format!(
                    "CREATE USER IF NOT EXISTS 'ast_leak'@'127.0.0.1' IDENTIFIED BY '{SECRET}'"
                ));
                db.exec(&format!(
                    "GRANT ALL ON `{name}`.* TO 'ast_leak'@'127.0.0.1'"
                ));
                format!("mysql://ast_leak:{SECRET}@127.0.0.1:3306/{name}")
            }
            _ => {
                let _ = db.conn().execute(&format!(
                    "CREATE ROLE ast_leak LOGIN SUPERUSER PASSWORD '{SECRET}'"
                ));
                format!("postgresql://ast_leak:{SECRET}@127.0.0.1:5432/{name}")
            }
        };
        let pwfile = TempDir::new("pwf");
        let f = pwfile.0.join("pw");
        std::fs::write(&f, format!("{SECRET}\n")).unwrap();
        let bare = url.replace(&format!(":{SECRET}@"), "@");
        for args in [
            vec!["--url", &url, "-v", "upgrade", "head"],
            vec!["--url", &url, "-v", "--format", "json", "downgrade", "base"],
            vec![
                "--url",
                &bare,
                "--password-file",
                f.to_str().unwrap(),
                "-v",
                "upgrade",
                "head",
            ],
            vec!["--url", &url, "-v", "verify"],
            // asterisk-config writes the password into res_odbc.conf, as its job is;
            // --redact is the form for sharing.
            vec!["--url", &url, "asterisk-config", "--redact"],
        ] {
            let out = run(&args, &[]);
            let shown = format!("{}{}", stdout(&out), stderr(&out));
            assert!(out.status.success(), "{d} {args:?}: {shown}");
            assert!(
                !shown.contains(SECRET),
                "{d} {args:?} printed the password: {shown}"
            );
        }
    }
}

/// A listener that accepts connections and never says a word.
fn silent_server() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for c in l.incoming().flatten() {
            held.push(c);
        }
    });
    port
}

#[test]
fn a_server_that_accepts_and_never_answers_is_an_error_not_a_hang() {
    let port = silent_server();
    for scheme in ["mysql", "postgresql"] {
        let url = format!("{scheme}://root@127.0.0.1:{port}/x?connect_timeout=1");
        let started = Instant::now();
        let out = run(&["--url", &url, "--wait", "3", "upgrade", "head"], &[]);
        let took = started.elapsed();
        assert_eq!(out.status.code(), Some(5), "{scheme}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("did not complete the connection within 1 s (connect_timeout)"),
            "{scheme}: {}",
            stderr(&out)
        );
        assert!(stderr(&out).contains("gave up after"), "{}", stderr(&out));
        assert!(
            took >= Duration::from_secs(3) && took < Duration::from_secs(3 + 1 + 4),
            "{scheme}: took {took:?}, not --wait plus the connect timeout"
        );
    }
}

/// For `drop_for`, closes every connection at once (with what the client sent
/// unread, so the client sees a reset), then forwards to `upstream`.
fn flaky_server(upstream: String, drop_for: Duration) -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    let started = Instant::now();
    std::thread::spawn(move || {
        for c in l.incoming().flatten() {
            if started.elapsed() < drop_for {
                let mut c = c;
                let _ = c.set_read_timeout(Some(Duration::from_millis(50)));
                let mut b = [0u8; 1];
                let _ = c.read(&mut b);
                drop(c);
                continue;
            }
            common::forward(c, &upstream);
        }
    });
    port
}

#[test]
fn wait_retries_a_server_that_drops_or_resets_connections() {
    for d in [Dialect::Mysql, Dialect::Postgresql] {
        let db = TestDb::new(d, "flaky");
        let u = ast_schema::db::url::DbUrl::parse(&db.url).unwrap();
        let port = flaky_server(
            format!("{}:{}", u.host.clone().unwrap(), u.port.unwrap()),
            Duration::from_secs(2),
        );
        let url = format!(
            "{}://{}@127.0.0.1:{port}/{}",
            u.scheme,
            u.user.clone().unwrap(),
            u.database.clone().unwrap()
        );
        let out = run(&["--url", &url, "--wait", "30", "upgrade", "head"], &[]);
        assert!(out.status.success(), "{d}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("waiting for"),
            "{d}: {}",
            stderr(&out)
        );
    }
}

/// Runs the binary as nobody, where permission bits bind (tests may run as root).
fn as_nobody(args: &[&str]) -> Output {
    let root = running_as_root();
    let mut cmd = if root {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(env!("CARGO_BIN_EXE_ast-schema"));
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_ast-schema"))
    };
    cmd.args(args).env("HOME", "/nonexistent-home");
    for (k, _) in std::env::vars() {
        if k.starts_with("AST_SCHEMA_") {
            cmd.env_remove(k);
        }
    }
    cmd.output().unwrap()
}

fn running_as_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .map(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .is_some_and(|l| l.split_whitespace().nth(1) == Some("0"))
        })
        .unwrap_or(false)
}

fn chmod(p: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_read_only_sqlite_file_or_folder_is_exit_14() {
    let dir = TempDir::new("ro");
    chmod(&dir.0, 0o777);
    // Reachable for nobody: the temp folder's parents are world-searchable.
    let folder = dir.0.join("db");
    std::fs::create_dir(&folder).unwrap();
    chmod(&folder, 0o777);
    let file = folder.join("asterisk.db");
    let url = format!("sqlite:///{}", file.display());
    let out = as_nobody(&["--url", &url, "upgrade", "head"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The file read-only: exit 14, and reading still works.
    chmod(&file, 0o444);
    let out = as_nobody(&["--url", &url, "downgrade", "base"]);
    assert_eq!(out.status.code(), Some(14), "{}", stderr(&out));
    assert!(stderr(&out).contains("is read-only"), "{}", stderr(&out));
    let out = as_nobody(&["--url", &url, "current"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The folder read-only (SQLite writes its journal there): exit 14 too.
    chmod(&file, 0o666);
    chmod(&folder, 0o555);
    let out = as_nobody(&["--url", &url, "downgrade", "base"]);
    assert_eq!(out.status.code(), Some(14), "{}", stderr(&out));
    assert!(stderr(&out).contains("folder"), "{}", stderr(&out));
    chmod(&folder, 0o777);
}
