//! Shared test fixtures: a fresh database per test on each server, and running the
//! real binary the way a user does.
//!
//! Servers come from `AST_SCHEMA_TEST_MYSQL` / `AST_SCHEMA_TEST_PG` (a URL without a
//! database), defaulting to the local MariaDB (root, no password) and PostgreSQL
//! (postgres, trust) that `scripts/test` starts.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

use ast_schema::db::driver::{self, Connection};
use ast_schema::db::url::DbUrl;
use ast_schema::definitions::dialect::Dialect;

static COUNTER: AtomicUsize = AtomicUsize::new(0);

pub fn mysql_server() -> String {
    std::env::var("AST_SCHEMA_TEST_MYSQL").unwrap_or_else(|_| "mysql://root@127.0.0.1:3306".into())
}

pub fn pg_server() -> String {
    std::env::var("AST_SCHEMA_TEST_PG")
        .unwrap_or_else(|_| "postgresql://postgres@127.0.0.1:5432".into())
}

/// A database of its own for one test, dropped when the test ends.
pub struct TestDb {
    pub dialect: Dialect,
    pub url: String,
    name: String,
    _dir: Option<TempDir>,
}

pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(tag: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!(
            "ast-schema-test-{tag}-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn admin(dialect: Dialect) -> Box<dyn Connection> {
    let base = match dialect {
        Dialect::Mysql => format!("{}/mysql", mysql_server()),
        Dialect::Postgresql => format!("{}/postgres", pg_server()),
        Dialect::Sqlite => unreachable!(),
    };
    driver::connect(&DbUrl::parse(&base).unwrap())
        .unwrap_or_else(|e| panic!("test server for {dialect} is not reachable: {e}"))
}

impl TestDb {
    /// A fresh, empty database named after `tag`.
    pub fn new(dialect: Dialect, tag: &str) -> TestDb {
        let name = format!(
            "ast_t_{}_{}_{}",
            tag.chars()
                .map(|c| if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                })
                .collect::<String>(),
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        match dialect {
            Dialect::Sqlite => {
                let dir = TempDir::new(tag);
                let path = dir.0.join("test.db");
                TestDb {
                    dialect,
                    url: format!("sqlite:///{}", path.display()),
                    name: path.display().to_string(),
                    _dir: Some(dir),
                }
            }
            Dialect::Mysql => {
                let mut a = admin(dialect);
                a.execute(&format!("DROP DATABASE IF EXISTS `{name}`"))
                    .unwrap();
                a.execute(&format!("CREATE DATABASE `{name}`")).unwrap();
                TestDb {
                    dialect,
                    url: format!("{}/{name}", mysql_server()),
                    name,
                    _dir: None,
                }
            }
            Dialect::Postgresql => {
                let mut a = admin(dialect);
                a.execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                    .unwrap();
                a.execute(&format!("CREATE DATABASE \"{name}\"")).unwrap();
                TestDb {
                    dialect,
                    url: format!("{}/{name}", pg_server()),
                    name,
                    _dir: None,
                }
            }
        }
    }

    pub fn conn(&self) -> Box<dyn Connection> {
        driver::connect(&DbUrl::parse(&self.url).unwrap()).unwrap()
    }

    pub fn exec(&self, sql: &str) {
        self.conn()
            .execute(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    pub fn query(&self, sql: &str) -> Vec<Vec<Option<String>>> {
        self.conn()
            .query(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// Every table, sorted.
    pub fn tables(&self) -> Vec<String> {
        let mut t = ast_schema::db::version::list_tables(self.conn().as_mut()).unwrap();
        t.sort();
        t
    }

    /// The rows of a tree's version table.
    pub fn versions(&self, tree: &str) -> Vec<String> {
        self.query(&format!("SELECT version_num FROM alembic_version_{tree}"))
            .into_iter()
            .map(|r| r[0].clone().unwrap())
            .collect()
    }

    /// The normalized schema, without version tables.
    pub fn dump(&self) -> String {
        ast_schema::db::introspect::dump(self.conn().as_mut(), false).unwrap()
    }

    /// Runs the binary with `--url` for this database.
    pub fn ast(&self, args: &[&str]) -> Output {
        let mut all = vec!["--url", self.url.as_str()];
        all.extend_from_slice(args);
        ast(&all)
    }

    /// Starts the binary with `--url` for this database without waiting for it
    /// (stdout and stderr piped).
    pub fn spawn(&self, args: &[&str]) -> std::process::Child {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ast-schema"));
        for (k, _) in std::env::vars() {
            if k.starts_with("AST_SCHEMA_") {
                cmd.env_remove(k);
            }
        }
        cmd.arg("--url")
            .arg(&self.url)
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start ast-schema")
    }

    /// The first line of `current`, trimmed: the revision (or `base`) it reports.
    pub fn current(&self) -> String {
        let out = self.ok(&["current"]);
        out.lines().next().unwrap_or_default().trim().to_string()
    }

    /// The database part of the URL (the file's path for SQLite).
    pub fn database(&self) -> String {
        DbUrl::parse(&self.url).unwrap().database.unwrap()
    }

    /// This test server's URL with another user, password and database.
    pub fn server_url(&self, user: &str, password: Option<&str>, database: &str) -> String {
        let u = DbUrl::parse(&self.url).unwrap();
        let password = password.map(|p| format!(":{p}")).unwrap_or_default();
        format!(
            "{}://{user}{password}@{}:{}/{database}",
            u.scheme,
            u.host.unwrap(),
            u.port.unwrap()
        )
    }

    /// `verify` (after `args`) exits 0; otherwise fails, with what it said.
    pub fn verify_ok(&self, args: &[&str]) {
        let mut all = args.to_vec();
        all.push("verify");
        let out = self.ast(&all);
        assert!(
            out.status.success(),
            "{}: verify: {}{}",
            self.dialect,
            stdout(&out),
            stderr(&out)
        );
    }

    /// Runs the binary and insists it succeeds; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.ast(args);
        assert!(
            out.status.success(),
            "ast-schema {args:?} on {} failed: {}",
            self.dialect,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if std::thread::panicking() && std::env::var_os("AST_SCHEMA_KEEP_DB").is_some() {
            eprintln!("keeping test database {}", self.name);
            return;
        }
        match self.dialect {
            Dialect::Mysql => {
                let _ = admin(self.dialect)
                    .execute(&format!("DROP DATABASE IF EXISTS `{}`", self.name));
            }
            Dialect::Postgresql => {
                let _ = admin(self.dialect).execute(&format!(
                    "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
                    self.name
                ));
            }
            Dialect::Sqlite => {}
        }
    }
}

/// Runs the ast-schema binary with a clean environment for its own variables.
pub fn ast(args: &[&str]) -> Output {
    ast_in(args, None)
}

pub fn ast_in(args: &[&str], dir: Option<&std::path::Path>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ast-schema"));
    cmd.args(args);
    for (k, _) in std::env::vars() {
        if k.starts_with("AST_SCHEMA_") {
            cmd.env_remove(k);
        }
    }
    if let Some(d) = dir {
        cmd.current_dir(d);
    }
    cmd.output().expect("run ast-schema")
}

/// Runs the binary in `dir` with only the given variables of ours (and none of the
/// look-alikes a developer's shell may have: `*DATABASE*`, `*_URL`, `NO_COLOR`).
pub fn ast_env(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ast-schema"));
    cmd.args(args).current_dir(dir);
    for (k, _) in std::env::vars() {
        let u = k.to_ascii_uppercase();
        if u.starts_with("AST_SCHEMA") || u.contains("DATABASE") || u.ends_with("_URL") {
            cmd.env_remove(k);
        }
    }
    cmd.env_remove("NO_COLOR");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run ast-schema")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// The three dialects, for tests that run on each.
pub const DIALECTS: [Dialect; 3] = [Dialect::Sqlite, Dialect::Mysql, Dialect::Postgresql];

impl TestDb {
    /// Pipes `script` into the database's own command-line client (`mariadb`,
    /// `psql -v ON_ERROR_STOP=1`, `sqlite3`), as a DBA would, and insists it succeeds.
    pub fn pipe_to_client(&self, script: &str) {
        use std::io::Write;
        let url = DbUrl::parse(&self.url).unwrap();
        let mut cmd = match self.dialect {
            Dialect::Mysql => {
                let mut c = Command::new("mariadb");
                c.arg(format!("-h{}", url.host.as_deref().unwrap_or("127.0.0.1")))
                    .arg(format!("-P{}", url.port.unwrap_or(3306)))
                    .arg(format!("-u{}", url.user.as_deref().unwrap_or("root")));
                if let Some(p) = &url.password {
                    c.env("MYSQL_PWD", p);
                }
                c.arg(&self.name);
                c
            }
            Dialect::Postgresql => {
                let mut c = Command::new("psql");
                c.args(["-X", "-q", "-v", "ON_ERROR_STOP=1"])
                    .arg(format!("-h{}", url.host.as_deref().unwrap_or("127.0.0.1")))
                    .arg(format!("-p{}", url.port.unwrap_or(5432)))
                    .arg(format!("-U{}", url.user.as_deref().unwrap_or("postgres")))
                    .arg(format!("-d{}", self.name))
                    .env("PGOPTIONS", "-c client_min_messages=warning");
                if let Some(p) = &url.password {
                    c.env("PGPASSWORD", p);
                }
                c
            }
            Dialect::Sqlite => {
                let mut c = Command::new("sqlite3");
                c.args(["-bail", &self.name]);
                c
            }
        };
        let mut child = cmd
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot run the {} client: {e}", self.dialect));
        child
            .stdin
            .take()
            .unwrap()
            .write_all(script.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success() && out.stderr.is_empty(),
            "the {} client rejected the script: {}",
            self.dialect,
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// Where Asterisk's files for the tests are (source archives with `build.sh`,
/// every release's `ast-db-manage` files): `AST_SCHEMA_ASTERISK_INPUTS`, or
/// `../shared/asterisk` beside the checkout. `scripts/test` reports the tests that
/// need them as not run when they are missing.
pub fn asterisk_inputs() -> PathBuf {
    match std::env::var_os("AST_SCHEMA_ASTERISK_INPUTS") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/asterisk"),
    }
}

/// Writes the `contrib/ast-db-manage` of Asterisk `tag` into a new folder.
pub fn ast_db_manage(tag: &str) -> TempDir {
    let dir = TempDir::new(&format!("adm-{tag}"));
    let script = asterisk_inputs().join("ast-db-manage.sh");
    let out = Command::new("bash")
        .arg(&script)
        .arg(tag)
        .arg(&dir.0)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
    assert!(
        out.status.success(),
        "ast-db-manage.sh {tag}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

/// The dump and version row Asterisk's own Alembic left in a one-state `.steps` file
/// under `tests/reference/` (`releases/20.20.1/config-mysql.steps`).
pub fn reference_state(file: &str) -> (String, String) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/reference")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = text.lines().filter(|l| !l.starts_with('#'));
    assert!(lines.next().unwrap().starts_with("== head "));
    let version = lines
        .next()
        .unwrap()
        .trim_start_matches("version")
        .trim()
        .to_string();
    let dump: Vec<&str> = lines.collect();
    (dump.join("\n"), version)
}

impl TestDb {
    /// Inserts one row (column, value), quoted for the dialect.
    pub fn insert(&self, table: &str, cols: &[(&str, &str)]) {
        let d = self.dialect;
        let names: Vec<String> = cols.iter().map(|c| d.ident(c.0).into_owned()).collect();
        let values: Vec<String> = cols.iter().map(|c| d.literal(c.1)).collect();
        self.exec(&format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            names.join(", "),
            values.join(", ")
        ));
    }

    /// A phone as Asterisk's PJSIP realtime tutorial has it: aor, auth (user and
    /// password `n`) and endpoint `n` in context from-internal.
    pub fn add_phone(&self, n: &str) {
        self.insert("ps_aors", &[("id", n), ("max_contacts", "1")]);
        self.insert(
            "ps_auths",
            &[
                ("id", n),
                ("auth_type", "userpass"),
                ("username", n),
                ("password", n),
            ],
        );
        self.insert(
            "ps_endpoints",
            &[
                ("id", n),
                ("transport", "transport-udp"),
                ("aors", n),
                ("auth", n),
                ("context", "from-internal"),
                ("disallow", "all"),
                ("allow", "ulaw"),
            ],
        );
    }
}

/// Forwards `client` to a new connection to `upstream` (both ways, each in its own
/// thread), as a proxy in front of a test server; does nothing when `upstream`
/// refuses.
pub fn forward(client: std::net::TcpStream, upstream: &str) {
    let Ok(up) = std::net::TcpStream::connect(upstream) else {
        return;
    };
    let (mut a, mut b) = (client.try_clone().unwrap(), up.try_clone().unwrap());
    let (mut c, mut d) = (client, up);
    std::thread::spawn(move || pipe(&mut a, &mut b));
    std::thread::spawn(move || pipe(&mut d, &mut c));
}

fn pipe(from: &mut std::net::TcpStream, to: &mut std::net::TcpStream) {
    use std::io::{Read, Write};
    let mut buf = [0u8; 16384];
    while let Ok(n) = from.read(&mut buf) {
        if n == 0 || to.write_all(&buf[..n]).is_err() {
            break;
        }
    }
    let _ = to.shutdown(std::net::Shutdown::Both);
}

/// A small deterministic generator (xorshift) for the kill tests, seeded per test from
/// `AST_SCHEMA_KILL_SEED` or the clock (the seed is printed, to repeat a run).
pub struct Rng(u64);

impl Rng {
    pub fn new(tag: &str) -> Rng {
        let seed = std::env::var("AST_SCHEMA_KILL_SEED")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(1)
            });
        eprintln!("{tag}: AST_SCHEMA_KILL_SEED={seed}");
        Rng(seed | 1)
    }

    /// A fraction in [0.02, 0.98).
    pub fn fraction(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        0.02 + 0.96 * ((self.0 >> 11) as f64 / (1u64 << 53) as f64)
    }
}
