//! A real Asterisk for the end-to-end tests, started from a private directory.
//!
//! The binaries come from `../shared/asterisk/build.sh VERSION` (cached under
//! `$AST_E2E_CACHE`, default `~/.cache/ast-schema-e2e`; built on first use, which
//! `scripts/asterisk-e2e` does ahead of the suite). Each instance gets its own
//! folder (configuration, spool, run and log directories), its own SIP (UDP) and
//! manager (TCP) ports on 127.0.0.1, and its own unixODBC files through
//! `ODBCSYSINI`/`ODBCINI`, so tests run side by side and nothing global is touched.
//! Its log is what it prints on the console (no logger.conf: errors, warnings,
//! notices and verbose messages).
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpStream, UdpSocket};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::common::TempDir;

/// The project root (where Cargo.toml is).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

static BUILD: Mutex<()> = Mutex::new(());

/// The install prefix of Asterisk `version`, building it first when it is not
/// cached (one build at a time).
pub fn prefix(version: &str) -> PathBuf {
    let _guard = BUILD.lock().unwrap_or_else(|p| p.into_inner());
    let script = crate::common::asterisk_inputs().join("build.sh");
    let out = Command::new(&script)
        .arg(version)
        .stderr(Stdio::inherit())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
    assert!(
        out.status.success(),
        "{} {version} failed (scripts/asterisk-e2e installs what it needs)",
        script.display()
    );
    let p = PathBuf::from(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .last()
            .unwrap_or_default()
            .trim(),
    );
    assert!(
        p.join("sbin/asterisk").exists(),
        "no sbin/asterisk under {}",
        p.display()
    );
    p
}

/// The ODBC drivers Debian's packages register, by name, from /etc/odbcinst.ini;
/// panics with the way out when one is missing.
pub fn odbcinst() -> String {
    let text = std::fs::read_to_string("/etc/odbcinst.ini").unwrap_or_default();
    for (driver, package) in [
        ("MariaDB Unicode", "odbc-mariadb"),
        ("PostgreSQL Unicode", "odbc-postgresql"),
        ("SQLite3", "libsqliteodbc"),
    ] {
        assert!(
            text.contains(&format!("[{driver}]")),
            "ODBC driver {driver:?} is not registered in /etc/odbcinst.ini: install {package} \
             (scripts/asterisk-e2e installs unixodbc odbc-mariadb odbc-postgresql libsqliteodbc)"
        );
    }
    text
}

/// A port nobody listens on right now (UDP or TCP), for one instance.
pub fn free_port() -> u16 {
    loop {
        let u = UdpSocket::bind("127.0.0.1:0").unwrap();
        let port = u.local_addr().unwrap().port();
        if std::net::TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

pub struct Asterisk {
    pub version: String,
    pub prefix: PathBuf,
    pub dir: TempDir,
    pub sip_port: u16,
    pub ami_port: u16,
    child: Option<Child>,
}

impl Asterisk {
    /// The folder Asterisk reads its configuration from: write the files under test
    /// here before [`Asterisk::start`].
    pub fn etc(dir: &TempDir) -> PathBuf {
        dir.0.join("etc")
    }

    /// Lays out `dir` (etc, lib, spool, run, log) for Asterisk `version`, adds
    /// asterisk.conf (directories only), manager.conf (for originating calls), the
    /// system's odbcinst.ini, and starts Asterisk, waiting until it is fully booted.
    /// The configuration under test (the printed files, pjsip.conf with the UDP
    /// transport, extensions.conf) must already be in `etc(dir)`.
    pub fn start(version: &str, dir: TempDir, sip_port: u16) -> Asterisk {
        Self::start_with_spool(version, dir, sip_port, None)
    }

    /// [`Asterisk::start`] with the spool folder at `spool` (voicemail's ODBC storage
    /// keys messages by their spool path, so two Asterisks sharing a database for
    /// voicemail must share it too, as one machine upgraded in place does).
    pub fn start_with_spool(
        version: &str,
        dir: TempDir,
        sip_port: u16,
        spool: Option<&Path>,
    ) -> Asterisk {
        let prefix = prefix(version);
        let etc = Self::etc(&dir);
        for d in ["etc", "lib", "spool", "run", "log"] {
            std::fs::create_dir_all(dir.0.join(d)).unwrap();
        }
        let p = |s: &str| dir.0.join(s).display().to_string();
        std::fs::write(
            etc.join("asterisk.conf"),
            format!(
                "[directories]\nastetcdir => {}\nastmoddir => {}\nastvarlibdir => {}\nastdbdir => {}\n\
                 astkeydir => {}\nastdatadir => {}\nastagidir => {}\nastspooldir => {}\n\
                 astrundir => {}\nastlogdir => {}\nastsbindir => {}\n",
                p("etc"),
                prefix.join("lib/asterisk/modules").display(),
                p("lib"),
                p("lib"),
                p("lib"),
                prefix.join("var/lib/asterisk").display(),
                p("lib"),
                spool.map_or_else(|| p("spool"), |s| s.display().to_string()),
                p("run"),
                p("log"),
                prefix.join("sbin").display(),
            ),
        )
        .unwrap();
        let ami_port = free_port();
        std::fs::write(
            etc.join("manager.conf"),
            format!(
                "[general]\nenabled = yes\nbindaddr = 127.0.0.1\nport = {ami_port}\n\n\
                 [e2e]\nsecret = e2e\nread = all\nwrite = all\n"
            ),
        )
        .unwrap();
        std::fs::write(etc.join("odbcinst.ini"), odbcinst()).unwrap();
        let log = std::fs::File::create(dir.0.join("console.log")).unwrap();
        let child = Command::new(prefix.join("sbin/asterisk"))
            .arg("-C")
            .arg(etc.join("asterisk.conf"))
            .args(["-f", "-n", "-vvv"])
            .env("ODBCSYSINI", &etc)
            .env("ODBCINI", etc.join("odbc.ini"))
            .current_dir(&dir.0)
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start Asterisk {version}: {e}"));
        let mut a = Asterisk {
            version: version.into(),
            prefix,
            dir,
            sip_port,
            ami_port,
            child: Some(child),
        };
        let start = Instant::now();
        loop {
            if let Some(status) = a.child.as_mut().and_then(|c| c.try_wait().ok().flatten()) {
                panic!(
                    "Asterisk {version} exited ({status}) while starting:\n{}",
                    a.log()
                );
            }
            if a.dir.0.join("run/asterisk.ctl").exists()
                && a.try_rx("core waitfullybooted")
                    .is_some_and(|o| o.contains("fully booted"))
            {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(90),
                "Asterisk {version} did not finish booting in 90 s:\n{}",
                a.log()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
        a
    }

    fn try_rx(&self, cmd: &str) -> Option<String> {
        let out = Command::new(self.prefix.join("sbin/asterisk"))
            .arg("-C")
            .arg(Self::etc(&self.dir).join("asterisk.conf"))
            .arg("-rx")
            .arg(cmd)
            .stdin(Stdio::null())
            .output()
            .ok()?;
        out.status
            .success()
            .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// Runs one CLI command (`asterisk -rx`) and returns what it printed.
    pub fn rx(&self, cmd: &str) -> String {
        self.try_rx(cmd)
            .unwrap_or_else(|| panic!("asterisk -rx {cmd:?} failed:\n{}", self.log()))
    }

    /// Everything Asterisk printed so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.0.join("console.log")).unwrap_or_default()
    }

    /// Waits (up to `secs`) until `check` holds, then returns its last value;
    /// panics naming `what` otherwise.
    pub fn wait_for<T>(&self, what: &str, secs: u64, mut check: impl FnMut() -> Option<T>) -> T {
        let start = Instant::now();
        loop {
            if let Some(v) = check() {
                return v;
            }
            assert!(
                start.elapsed() < Duration::from_secs(secs),
                "timed out after {secs} s waiting for {what}; Asterisk {} printed:\n{}",
                self.version,
                self.log()
            );
            std::thread::sleep(Duration::from_millis(250));
        }
    }

    /// The ERROR and WARNING lines that name one of `names` (the database's tables,
    /// and its columns with a `_` in their name, which no other message uses) or
    /// say "column" / "SQL": a database or schema problem. The many configuration
    /// files a private folder does not have are left out.
    pub fn schema_problems(&self, names: &[String]) -> Vec<String> {
        // A whole word: not part of an identifier or of a file name (`cdr.conf`).
        let word = |line: &str, w: &str| {
            let lower = line.to_ascii_lowercase();
            let w = w.to_ascii_lowercase();
            let b = lower.as_bytes();
            let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
            lower.match_indices(&w).any(|(i, _)| {
                let j = i + w.len();
                (i == 0 || !(is_word(b[i - 1]) || b[i - 1] == b'.'))
                    && (j >= b.len()
                        || !(is_word(b[j])
                            || (b[j] == b'.' && j + 1 < b.len() && is_word(b[j + 1]))))
            })
        };
        self.log()
            .lines()
            .filter(|l| l.contains("ERROR[") || l.contains("WARNING["))
            // A configuration file the private folder does not have (cdr_odbc.conf
            // names "CDR's") is not a schema problem.
            .filter(|l| {
                !(l.contains(".conf")
                    && ["Unable to load config", "Missing config", "config file"]
                        .iter()
                        .any(|m| l.contains(m)))
            })
            .filter(|l| {
                names.iter().any(|t| word(l, t))
                    || word(l, "column")
                    || word(l, "columns")
                    || word(l, "sql")
            })
            .map(str::to_string)
            .collect()
    }

    /// Originates a call through the manager interface: `channel` (e.g.
    /// `Local/leave@vm-test`) connected to `app(data)`. Returns once queued.
    pub fn originate(&self, channel: &str, app: &str, data: &str) {
        let mut s = TcpStream::connect(("127.0.0.1", self.ami_port))
            .unwrap_or_else(|e| panic!("manager on port {}: {e}", self.ami_port));
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut reader = BufReader::new(s.try_clone().unwrap());
        let mut banner = String::new();
        reader.read_line(&mut banner).unwrap();
        let mut action = |fields: &[(&str, &str)], id: &str| -> String {
            let mut msg = String::new();
            for (k, v) in fields {
                msg.push_str(&format!("{k}: {v}\r\n"));
            }
            msg.push_str(&format!("ActionID: {id}\r\n\r\n"));
            s.write_all(msg.as_bytes()).unwrap();
            // Read messages until the response carrying our ActionID.
            loop {
                let mut block = String::new();
                loop {
                    let mut line = String::new();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        panic!("manager closed the connection during {id}");
                    }
                    if line == "\r\n" {
                        break;
                    }
                    block.push_str(&line);
                }
                if block.starts_with("Response:") && block.contains(&format!("ActionID: {id}")) {
                    return block;
                }
            }
        };
        let r = action(
            &[("Action", "Login"), ("Username", "e2e"), ("Secret", "e2e")],
            "login",
        );
        assert!(r.contains("Success"), "manager login: {r}");
        let r = action(
            &[
                ("Action", "Originate"),
                ("Channel", channel),
                ("Application", app),
                ("Data", data),
                ("Async", "true"),
            ],
            "originate",
        );
        assert!(r.contains("Success"), "originate {channel}: {r}");
        let _ = action(&[("Action", "Logoff")], "logoff");
        let mut rest = Vec::new();
        let _ = reader.read_to_end(&mut rest);
    }

    /// Stops Asterisk (`core stop now`), killing it if it does not go.
    pub fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        let _ = self.try_rx("core stop now");
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(15) {
            if child.try_wait().ok().flatten().is_some() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = child.kill();
        let _ = child.wait();
    }
}

impl Drop for Asterisk {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!(
                "---- Asterisk {} console ({}) ----\n{}",
                self.version,
                self.dir.0.display(),
                self.log()
            );
        }
        self.stop();
    }
}

/// A 440 Hz tone, 8 kHz signed linear, `secs` long, written to `path` (`.sln`
/// added): something for a Local channel to play into VoiceMail or a queue.
pub fn write_tone(path: &Path, secs: u32) {
    let mut bytes = Vec::with_capacity(16000 * secs as usize);
    for i in 0..8000 * secs {
        let v = (8000.0 * (2.0 * std::f64::consts::PI * 440.0 * i as f64 / 8000.0).sin()) as i16;
        bytes.extend_from_slice(&v.to_le_bytes());
    }
    std::fs::write(path.with_extension("sln"), bytes).unwrap();
}
