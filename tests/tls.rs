//! TLS and credentials against the suite's own TLS servers (`scripts/tls-servers`:
//! MariaDB on 127.0.0.1:3307, PostgreSQL on 127.0.0.1:5433, certificates from a
//! throwaway CA made when they start; 127.0.0.2 reaches them under an address their
//! certificate does not name).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use ast_schema::db::driver;
use ast_schema::db::url::DbUrl;
use ast_schema::definitions::revision::Tree;
use common::{stderr, stdout, TempDir};

/// The TLS servers' folder, started once per test binary (the script is idempotent).
fn tls_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/tls-servers");
        let out = Command::new(&script).arg("start").output().unwrap();
        assert!(
            out.status.success(),
            "scripts/tls-servers start failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        PathBuf::from(
            std::env::var("AST_SCHEMA_TLS_DIR").unwrap_or_else(|_| "/tmp/ast-schema-tls".into()),
        )
    })
}

fn f(name: &str) -> String {
    tls_dir().join(name).display().to_string()
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Db {
    My,
    Pg,
}

impl Db {
    fn scheme(self) -> &'static str {
        match self {
            Db::My => "mysql",
            Db::Pg => "postgresql",
        }
    }
    fn port(self) -> u16 {
        match self {
            Db::My => 3307,
            Db::Pg => 5433,
        }
    }
    fn admin(self) -> &'static str {
        match self {
            Db::My => "root",
            Db::Pg => "postgres",
        }
    }
}

/// A fresh database on a TLS server, dropped at the end.
struct TlsDb {
    db: Db,
    name: String,
}

impl TlsDb {
    fn new(db: Db, tag: &str) -> TlsDb {
        tls_dir();
        let name = format!("ast_tls_{tag}_{}", std::process::id());
        let t = TlsDb { db, name };
        t.admin_exec(&t.drop_sql());
        t.admin_exec(&match db {
            Db::My => format!("CREATE DATABASE `{}`", t.name),
            Db::Pg => format!("CREATE DATABASE \"{}\"", t.name),
        });
        t
    }

    fn drop_sql(&self) -> String {
        match self.db {
            Db::My => format!("DROP DATABASE IF EXISTS `{}`", self.name),
            Db::Pg => format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name),
        }
    }

    fn admin_exec(&self, sql: &str) {
        let url = format!(
            "{}://{}@127.0.0.1:{}/{}",
            self.db.scheme(),
            self.db.admin(),
            self.db.port(),
            if self.db == Db::My {
                "mysql"
            } else {
                "postgres"
            }
        );
        driver::connect(&DbUrl::parse(&url).unwrap())
            .unwrap_or_else(|e| panic!("TLS test server {:?}: {e}", self.db))
            .execute(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// A URL for this database as `user[:password]` at `host`, with `query`.
    fn url(&self, userinfo: &str, host: &str, query: &str) -> String {
        format!(
            "{}://{userinfo}@{host}:{}/{}{}",
            self.db.scheme(),
            self.db.port(),
            self.name,
            if query.is_empty() {
                String::new()
            } else {
                format!("?{query}")
            }
        )
    }

    /// What the server says about the encryption of a session opened with `url`.
    fn server_says(&self, url: &str) -> Option<String> {
        let mut c = driver::connect(&DbUrl::parse(url).unwrap()).unwrap();
        let rows = match self.db {
            Db::Pg => c
                .query("SELECT ssl::text, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
                .unwrap(),
            Db::My => c.query("SHOW SESSION STATUS LIKE 'Ssl_cipher'").unwrap(),
        };
        let r = rows.first().cloned().unwrap_or_default();
        match self.db {
            Db::Pg if r.first().cloned().flatten().as_deref() == Some("true") => r[1].clone(),
            Db::Pg => None,
            Db::My => r.get(1).cloned().flatten().filter(|c| !c.is_empty()),
        }
    }
}

impl Drop for TlsDb {
    fn drop(&mut self) {
        let sql = self.drop_sql();
        let _ = std::panic::catch_unwind(|| self.admin_exec(&sql));
    }
}

fn run(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ast-schema"));
    cmd.args(args);
    for (k, _) in std::env::vars() {
        if k.starts_with("AST_SCHEMA_")
            || k.starts_with("PG")
            || k.starts_with("MYSQL_")
            || k == "HOME"
        {
            cmd.env_remove(k);
        }
    }
    // No credential file of the machine's may take part.
    cmd.env("HOME", "/nonexistent-home");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

fn head() -> &'static str {
    Tree::named("config").unwrap().head().unwrap().id
}

fn upgrade_ok(db: &TlsDb, url: &str) {
    let out = run(&["--url", url, "-v", "upgrade", "head"], &[]);
    assert!(out.status.success(), "{:?} {url}: {}", db.db, stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("; encrypted (TLS"),
        "-v does not say the session is encrypted: {err}"
    );
    let cur = run(&["--url", url, "current"], &[]);
    assert_eq!(
        stdout(&cur).lines().next().unwrap_or_default(),
        format!("{} (head)", head()),
        "{url}: {}",
        stderr(&cur)
    );
    let cipher = db.server_says(url);
    assert!(
        cipher.is_some(),
        "{:?}: the server does not see an encrypted session for {url}",
        db.db
    );
}

#[test]
fn upgrade_head_over_tls_in_every_mode_the_server_confirms() {
    for db in [Db::My, Db::Pg] {
        let ca = f("ca.pem");
        let modes: Vec<String> = match db {
            Db::Pg => vec![
                "sslmode=require".into(),
                format!("sslmode=verify-ca&sslrootcert={ca}"),
                format!("sslmode=verify-full&sslrootcert={ca}"),
            ],
            Db::My => vec![
                "ssl=true".into(),
                "ssl_mode=REQUIRED".into(),
                format!("ssl_ca={ca}"),
                format!("ssl_mode=VERIFY_CA&ssl_ca={ca}"),
                format!("ssl=true&ssl_verify_identity=true&ssl_ca={ca}"),
            ],
        };
        for (i, q) in modes.iter().enumerate() {
            let t = TlsDb::new(db, &format!("mode{i}"));
            upgrade_ok(&t, &t.url("ast_tls:tls_pw", "127.0.0.1", q));
        }
        // verify-ca checks the chain only: an address the certificate does not name is fine.
        let t = TlsDb::new(db, "otherhost");
        let q = match db {
            Db::Pg => format!("sslmode=verify-ca&sslrootcert={ca}"),
            Db::My => format!("ssl_mode=VERIFY_CA&ssl_ca={ca}"),
        };
        upgrade_ok(&t, &t.url("ast_tls:tls_pw", "127.0.0.2", &q));
    }
}

#[test]
fn tls_that_cannot_be_had_as_asked_is_a_clear_error() {
    for db in [Db::My, Db::Pg] {
        let t = TlsDb::new(db, "refuse");
        let ca = f("ca.pem");
        let other = f("other-ca.pem");
        let cases: Vec<(String, &str, &str)> = match db {
            Db::Pg => vec![
                (
                    t.url(
                        "ast_tls:tls_pw",
                        "127.0.0.1",
                        &format!("sslmode=verify-full&sslrootcert={other}"),
                    ),
                    "is not signed by the CA in",
                    "wrong CA",
                ),
                (
                    t.url(
                        "ast_tls:tls_pw",
                        "127.0.0.1",
                        &format!("sslmode=require&sslrootcert={other}"),
                    ),
                    "is not signed by the CA in",
                    "require with a wrong CA file",
                ),
                (
                    t.url(
                        "ast_tls:tls_pw",
                        "127.0.0.2",
                        &format!("sslmode=verify-full&sslrootcert={ca}"),
                    ),
                    "not valid for name \"127.0.0.2\"",
                    "wrong host name",
                ),
                (
                    t.url("ast_tls:tls_pw", "127.0.0.1", "sslmode=disable"),
                    "no encryption",
                    "TLS-only account without TLS",
                ),
                (
                    t.url(
                        "ast_tls:tls_pw",
                        "127.0.0.1",
                        "sslmode=verify-full&sslrootcert=/nonexistent.pem",
                    ),
                    "/nonexistent.pem",
                    "missing CA file",
                ),
                (
                    t.url("ast_tls:tls_pw", "127.0.0.1", "sslmode=verify-full"),
                    "sslrootcert=system",
                    "verify without any CA",
                ),
                (
                    t.url(
                        "ast_cert",
                        "127.0.0.1",
                        &format!("sslmode=verify-full&sslrootcert={ca}"),
                    ),
                    "ast_cert",
                    "certificate account without a certificate",
                ),
            ],
            Db::My => vec![
                (
                    t.url("ast_tls:tls_pw", "127.0.0.1", &format!("ssl_ca={other}")),
                    "is not signed by the CA in",
                    "wrong CA",
                ),
                (
                    t.url(
                        "ast_tls:tls_pw",
                        "127.0.0.1",
                        &format!("ssl_mode=VERIFY_CA&ssl_ca={other}"),
                    ),
                    "is not signed by the CA in",
                    "wrong CA, chain only",
                ),
                (
                    t.url(
                        "ast_tls:tls_pw",
                        "127.0.0.2",
                        &format!("ssl_mode=VERIFY_IDENTITY&ssl_ca={ca}"),
                    ),
                    "not valid for name \"127.0.0.2\"",
                    "wrong host name",
                ),
                (
                    t.url("ast_tls:tls_pw", "127.0.0.1", ""),
                    "Access denied",
                    "TLS-only account without TLS",
                ),
                (
                    t.url(
                        "ast_tls:tls_pw",
                        "127.0.0.1",
                        "ssl=true&ssl_mode=REQUIRED&ssl_ca=/nonexistent.pem",
                    ),
                    "/nonexistent.pem",
                    "missing CA file",
                ),
                (
                    t.url("ast_tls:tls_pw", "127.0.0.1", "ssl_mode=VERIFY_IDENTITY"),
                    "platform's trusted CAs",
                    "the platform does not trust the test CA",
                ),
                (
                    t.url("ast_cert", "127.0.0.1", &format!("ssl_ca={ca}")),
                    "Access denied",
                    "certificate account without a certificate",
                ),
            ],
        };
        for (url, want, what) in cases {
            let started = Instant::now();
            let out = run(&["--url", &url, "--wait", "30", "upgrade", "head"], &[]);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(6), "{db:?} {what}: {err}");
            assert!(err.contains(want), "{db:?} {what}: {err}");
            assert_eq!(err.lines().count(), 1, "{db:?} {what}: {err}");
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "{db:?} {what}: retried through --wait"
            );
        }
    }
    // A server without TLS: a mode that requires it fails, prefer falls back.
    let plain = format!("{}/mysql", common::mysql_server());
    let out = run(&["--url", &format!("{plain}?ssl=true"), "current"], &[]);
    assert_eq!(out.status.code(), Some(6), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("does not offer TLS"),
        "{}",
        stderr(&out)
    );
    let out = run(
        &[
            "--url",
            &format!("{plain}?ssl_mode=PREFERRED"),
            "-v",
            "current",
        ],
        &[],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("; not encrypted"), "{}", stderr(&out));
}

#[test]
fn client_certificates_authenticate_on_both() {
    let (ca, cert, key) = (f("ca.pem"), f("client.pem"), f("client.key"));
    for db in [Db::My, Db::Pg] {
        let t = TlsDb::new(db, "cert");
        let q = match db {
            Db::Pg => format!("sslmode=verify-full&sslrootcert={ca}&sslcert={cert}&sslkey={key}"),
            Db::My => format!("ssl_ca={ca}&ssl_cert={cert}&ssl_key={key}"),
        };
        let url = t.url("ast_cert", "127.0.0.1", &q);
        upgrade_ok(&t, &url);
        let out = run(&["--url", &url, "-v", "current"], &[]);
        assert!(
            stderr(&out).contains("user ast_cert, no password"),
            "{}",
            stderr(&out)
        );
    }
    // libpq's defaults: ~/.postgresql/{root.crt,postgresql.crt,postgresql.key}.
    let home = TempDir::new("pghome");
    let dir = home.0.join(".postgresql");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(&ca, dir.join("root.crt")).unwrap();
    std::fs::copy(&cert, dir.join("postgresql.crt")).unwrap();
    std::fs::copy(&key, dir.join("postgresql.key")).unwrap();
    let t = TlsDb::new(Db::Pg, "pgdefaults");
    let url = t.url("ast_cert", "127.0.0.1", "sslmode=verify-full");
    let out = run(
        &["--url", &url, "upgrade", "head"],
        &[("HOME", home.0.to_str().unwrap())],
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

fn write(dir: &Path, name: &str, text: &str, mode: u32) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode)).unwrap();
    p
}

/// `current` on `url` with `env`; the exit code and -v's stderr.
fn current(url: &str, env: &[(&str, &str)], extra: &[&str]) -> (Option<i32>, String) {
    let mut args = vec!["--url", url, "-v"];
    args.extend_from_slice(extra);
    args.push("current");
    let out = run(&args, env);
    (out.status.code(), stderr(&out))
}

#[test]
fn passwords_come_from_files_and_the_environment_in_each_clients_order() {
    let home = TempDir::new("credhome");
    let h = home.0.to_str().unwrap().to_string();
    let pwfile = write(&home.0, "secret", "pw_Secret9\n", 0o600);
    let wrong = write(&home.0, "wrong", "not-it\n", 0o600);
    for db in [Db::My, Db::Pg] {
        let t = TlsDb::new(db, "creds");
        let bare = t.url("ast_pw", "127.0.0.1", "");
        let with_pw = t.url("ast_pw:pw_Secret9", "127.0.0.1", "");
        // Nobody gave the password the server wants: exit 6 at once, not after --wait.
        let started = Instant::now();
        let (code, err) = current(&bare, &[], &["--wait", "30"]);
        assert_eq!(code, Some(6), "{db:?}: {err}");
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{db:?}: it waited"
        );
        // --password-file, and its variable.
        let (code, err) = current(&bare, &[], &["--password-file", pwfile.to_str().unwrap()]);
        assert_eq!(code, Some(0), "{db:?}: {err}");
        assert!(err.contains("password from --password-file"), "{err}");
        let (code, err) = current(
            &bare,
            &[("AST_SCHEMA_PASSWORD_FILE", pwfile.to_str().unwrap())],
            &[],
        );
        assert_eq!(code, Some(0), "{db:?}: {err}");
        // Two passwords are refused rather than guessed between.
        let (code, err) = current(
            &with_pw,
            &[],
            &["--password-file", pwfile.to_str().unwrap()],
        );
        assert_eq!(code, Some(4), "{db:?}: {err}");
        match db {
            Db::Pg => {
                // PGPASSWORD; the URL wins over it.
                let (code, err) = current(&bare, &[("PGPASSWORD", "pw_Secret9")], &[]);
                assert_eq!(code, Some(0), "{err}");
                assert!(err.contains("password from PGPASSWORD"), "{err}");
                let (code, err) = current(&with_pw, &[("PGPASSWORD", "not-it")], &[]);
                assert_eq!(code, Some(0), "{err}");
                // ~/.pgpass: first matching line; PGPASSWORD wins over it.
                write(
                    &home.0,
                    ".pgpass",
                    &format!("# test\nother:5433:*:ast_pw:nope\n127.0.0.1:5433:{}:ast_pw:pw_Secret9\n*:*:*:*:nope\n", t.name),
                    0o600,
                );
                let (code, err) = current(&bare, &[("HOME", &h)], &[]);
                assert_eq!(code, Some(0), "{err}");
                assert!(err.contains("password from ~/.pgpass line 3"), "{err}");
                let (code, _) = current(&bare, &[("HOME", &h), ("PGPASSWORD", "not-it")], &[]);
                assert_eq!(code, Some(6));
                // A .pgpass others may read is skipped, as libpq does.
                write(&home.0, ".pgpass", "*:*:*:ast_pw:pw_Secret9\n", 0o644);
                let (code, err) = current(&bare, &[("HOME", &h)], &[]);
                assert_eq!(code, Some(6), "{err}");
                assert!(err.contains("group or world access"), "{err}");
                // PGPASSFILE, and passfile= in the URL over it.
                let pf = write(&home.0, "pgpass2", "*:*:*:ast_pw:pw_Secret9\n", 0o600);
                let (code, err) = current(&bare, &[("PGPASSFILE", pf.to_str().unwrap())], &[]);
                assert_eq!(code, Some(0), "{err}");
                let q = t.url("ast_pw", "127.0.0.1", &format!("passfile={}", pf.display()));
                let (code, err) = current(&q, &[("PGPASSFILE", wrong.to_str().unwrap())], &[]);
                assert_eq!(code, Some(0), "{err}");
            }
            Db::My => {
                // MYSQL_PWD.
                let (code, err) = current(&bare, &[("MYSQL_PWD", "pw_Secret9")], &[]);
                assert_eq!(code, Some(0), "{err}");
                assert!(err.contains("password from MYSQL_PWD"), "{err}");
                // ~/.my.cnf [client] wins over MYSQL_PWD; the URL over both.
                write(
                    &home.0,
                    ".my.cnf",
                    "[mysqld]\npassword=nope\n[client]\npassword = \"pw_Secret9\"\n",
                    0o600,
                );
                let (code, err) = current(&bare, &[("HOME", &h), ("MYSQL_PWD", "not-it")], &[]);
                assert_eq!(code, Some(0), "{err}");
                assert!(err.contains("password from [client] of ~/.my.cnf"), "{err}");
                write(&home.0, ".my.cnf", "[client]\npassword=not-it\n", 0o600);
                let (code, err) = current(&with_pw, &[("HOME", &h)], &[]);
                assert_eq!(code, Some(0), "{err}");
                // The user from ~/.my.cnf when the URL has none; read_default_file= over ~/.my.cnf.
                let cnf = write(
                    &home.0,
                    "other.cnf",
                    "[client]\nuser=ast_pw\npassword=pw_Secret9\n",
                    0o600,
                );
                let nouser = format!(
                    "mysql://127.0.0.1:3307/{}?read_default_file={}",
                    t.name,
                    cnf.display()
                );
                let (code, err) = current(&nouser, &[("HOME", &h)], &[]);
                assert_eq!(code, Some(0), "{err}");
                assert!(err.contains("user ast_pw"), "{err}");
                // A world-writable option file is skipped, as the mysql client does.
                write(&home.0, ".my.cnf", "[client]\npassword=pw_Secret9\n", 0o666);
                let (code, err) = current(&bare, &[("HOME", &h)], &[]);
                assert_eq!(code, Some(6), "{err}");
                assert!(err.contains("world-writable"), "{err}");
            }
        }
    }
}

#[test]
fn localhost_on_mysql_is_the_unix_socket_when_there_is_one() {
    let t = TlsDb::new(Db::My, "sock");
    let home = TempDir::new("sockhome");
    let sock = f("mariadb/mysqld.sock");
    write(
        &home.0,
        ".my.cnf",
        &format!("[client]\nsocket={sock}\npassword=pw_Secret9\n"),
        0o600,
    );
    let h = home.0.to_str().unwrap();
    // The port in the URL does not matter for a socket, as with mysqlclient.
    let url = format!("mysql://ast_pw@localhost:1/{}", t.name);
    let out = run(&["--url", &url, "-v", "upgrade", "head"], &[("HOME", h)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "Unix socket {sock} (localhost means the socket of ~/.my.cnf"
        )),
        "{}",
        stderr(&out)
    );
    // MYSQL_UNIX_PORT names it as well.
    let out = run(
        &["--url", &url, "-v", "current"],
        &[("MYSQL_UNIX_PORT", &sock), ("MYSQL_PWD", "pw_Secret9")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("MYSQL_UNIX_PORT"), "{}", stderr(&out));
    // PyMySQL connects over TCP, and so do we for it: port 1 refuses.
    let url = format!("mysql+pymysql://ast_pw@localhost:1/{}", t.name);
    let out = run(&["--url", &url, "current"], &[("HOME", h)]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    // Asking for TLS means TCP even on localhost.
    let url = format!(
        "mysql://ast_tls:tls_pw@localhost:3307/{}?ssl_ca={}",
        t.name,
        f("ca.pem")
    );
    let out = run(&["--url", &url, "-v", "current"], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("TCP localhost:3307"),
        "{}",
        stderr(&out)
    );
}
