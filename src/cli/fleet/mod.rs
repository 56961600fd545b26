//! A fleet: one command over every database of a list (`--url-file`), for hosted
//! PBX providers with one Asterisk database per customer.
//!
//! Owns reading the list (names, URLs, its errors by FILE:LINE), scheduling
//! (`--jobs`, `--canary`, stop at the first failure or `--keep-going`), the overall
//! progress and the report (a table, or one JSON object per database and a
//! summary).
//!
//! Each database is worked on by a child process of this same binary, given the
//! URL in `AST_SCHEMA_URL` (never on a command line, where `ps` would show a
//! password) and the parent's other options, with `--format json`. A child opens
//! exactly one connection, so `--jobs N` never holds more than N connections to
//! any server. Processes rather than threads because every failure then stays
//! where it is: each database gets today's exit code and words, its own signal
//! handling, output and process-wide state, and a crash (or a driver that hangs)
//! touches no other database. The cost, a process start per database, is a few
//! milliseconds. A child watches its stdin, a pipe from the parent: when the parent
//! dies (even by SIGKILL) the pipe closes and the child stops as on SIGTERM, at its
//! next clean point, so the same command run again finishes the job.

use std::collections::{HashSet, VecDeque};
use std::ffi::{OsStr, OsString};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use clap::Args;
use serde_json::{json, Value};

use crate::cli::args::{parse_bool, Cli, Command};
use crate::cli::output::{human, Format, Style};
use crate::db::url::{redact, DbUrl};
use crate::definitions::dialect::Dialect;
use crate::error::Error;

mod report;
use report::{from_to, print_table, result_words, Bar};

/// Exit code of a fleet run in which some database failed (or was not run because
/// one failed).
pub const EXIT_SOME_FAILED: i32 = 29;

/// Marks a child process of a fleet run (it then watches its stdin).
const CHILD_VAR: &str = "AST_SCHEMA_FLEET_CHILD";

/// The fleet options.
#[derive(Debug, Args)]
pub struct FleetOpts {
    /// Run the command on every database listed in FILE (`-`: stdin): one URL a
    /// line, optionally after a name (`acme mysql://...`); `#` comments
    #[arg(long, global = true, env = "AST_SCHEMA_URL_FILE", value_name = "FILE")]
    pub url_file: Option<PathBuf>,
    /// With --url-file: how many databases are worked on at once (one connection each)
    #[arg(long, global = true, env = "AST_SCHEMA_JOBS", value_name = "N", default_value_t = 4,
          value_parser = clap::value_parser!(u32).range(1..))]
    pub jobs: u32,
    /// With --url-file: run the first K databases first, and stop the fleet if any fails
    #[arg(long, global = true, env = "AST_SCHEMA_CANARY", value_name = "K")]
    pub canary: Option<usize>,
    /// With --url-file: go on with the others after a database fails (by default
    /// the running ones finish and no new one starts)
    #[arg(long, global = true, env = "AST_SCHEMA_KEEP_GOING", action = clap::ArgAction::SetTrue, value_parser = parse_bool)]
    pub keep_going: bool,
}

/// One database of the list.
#[derive(Debug, Clone)]
pub struct Member {
    pub name: String,
    /// As written (it may carry a password: never printed).
    pub url: String,
    /// Redacted, for output.
    pub shown: String,
}

/// Reads the list: one database a line, `[NAME] URL`, `#` comments and blank lines
/// skipped. Every URL is parsed before anything runs; a bad one, a line with more
/// than two words or a duplicate name is an error naming FILE:LINE.
pub fn parse_list(text: &str, file: &str) -> Result<Vec<Member>, Error> {
    let mut out: Vec<Member> = Vec::new();
    let mut names = HashSet::new();
    for (i, raw) in text.lines().enumerate() {
        let at = format!("{file}:{}", i + 1);
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let words: Vec<&str> = line.split_whitespace().collect();
        let (name, url) = match words.as_slice() {
            [url] => (None, *url),
            [name, url] if !name.contains("://") => (Some(*name), *url),
            [_, _] => {
                return Err(Error::Url(format!(
                    "{at}: two URLs on one line (one database a line: [NAME] URL)"
                )))
            }
            _ => {
                return Err(Error::Url(format!(
                    "{at}: more than a name and a URL ({} words; one database a line: [NAME] URL)",
                    words.len()
                )))
            }
        };
        let parsed = DbUrl::parse(url).map_err(|e| Error::Url(format!("{at}: {e}")))?;
        let name = match name {
            Some(n) => n.to_string(),
            None => default_name(&parsed).ok_or_else(|| {
                Error::Url(format!(
                    "{at}: {} names no database; put a name before the URL",
                    redact(url)
                ))
            })?,
        };
        if !names.insert(name.clone()) {
            return Err(Error::Url(format!(
                "{at}: duplicate name {name} (give each database its own name before the URL)"
            )));
        }
        out.push(Member {
            name,
            url: url.to_string(),
            shown: parsed.to_string(),
        });
    }
    Ok(out)
}

/// The database part of the URL; for SQLite the file name.
fn default_name(u: &DbUrl) -> Option<String> {
    let db = u.database.as_deref().filter(|d| !d.is_empty())?;
    if u.dialect == Dialect::Sqlite {
        return Path::new(db)
            .file_name()
            .map(|f| f.to_string_lossy().into_owned());
    }
    Some(db.to_string())
}

/// In a child of a fleet run: stop as on SIGTERM when the parent goes away (its
/// end of our stdin closes).
pub fn watch_parent() {
    if std::env::var_os(CHILD_VAR).is_none() {
        return;
    }
    std::thread::spawn(|| {
        let mut sink = [0u8; 64];
        let mut stdin = std::io::stdin();
        while matches!(stdin.read(&mut sink), Ok(n) if n > 0) {}
        let _ = signal_hook::low_level::raise(crate::interrupt::SIGTERM);
    });
}

/// The fleet options and the variables of ours a child must not inherit.
const FLEET_OPTS: [&str; 5] = [
    "--url-file",
    "--jobs",
    "--canary",
    "--keep-going",
    "--format",
];
const FLEET_VARS: [&str; 6] = [
    "AST_SCHEMA_URL_FILE",
    "AST_SCHEMA_JOBS",
    "AST_SCHEMA_CANARY",
    "AST_SCHEMA_KEEP_GOING",
    "AST_SCHEMA_FORMAT",
    "AST_SCHEMA_URL",
];

/// The parent's arguments without the fleet's own options (and `--format`).
fn child_args<S: AsRef<OsStr> + Clone>(args: &[S]) -> Vec<S> {
    let mut out = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let text = a.as_ref().to_str().unwrap_or_default();
        if let Some(o) = FLEET_OPTS.iter().find(|o| text == **o) {
            if *o != "--keep-going" {
                it.next();
            }
            continue;
        }
        if FLEET_OPTS
            .iter()
            .any(|o| text.starts_with(&format!("{o}=")))
        {
            continue;
        }
        out.push(a.clone());
    }
    out
}

/// What became of one database.
struct Done {
    code: i32,
    ok: bool,
    doc: Option<Value>,
    message: Option<String>,
    elapsed: Duration,
    /// The revisions before and after, and the result column, kept once the
    /// document is dropped (a fleet of dry runs would hold every script otherwise).
    from_to: (Option<String>, Option<String>),
    words: String,
}

/// Runs the command on every database of the list; returns the exit code.
pub fn main(cli: &Cli, style: Style) -> i32 {
    match run(cli, style) {
        Ok(code) => code,
        Err(e) => {
            if style.format == Format::Json {
                crate::cli::output::print_json_line(&json!({
                    "summary": { "ok": false, "exit_code": e.exit_code() },
                    "error": { "message": e.to_string(), "exit_code": e.exit_code() },
                }));
            }
            crate::err_line!("error: {e}");
            e.exit_code()
        }
    }
}

fn usage(msg: &str) -> ! {
    crate::cli::args::command()
        .error(clap::error::ErrorKind::ArgumentConflict, msg)
        .exit()
}

fn run(cli: &Cli, style: Style) -> Result<i32, Error> {
    let g = &cli.global;
    let f = &g.fleet;
    let file = f.url_file.as_deref().unwrap_or(Path::new("-"));
    if g.url_on_command_line {
        usage("--url-file and --url cannot be used together (put the URL in the file)");
    }
    let (name, status_exit) = match &cli.command {
        Command::Upgrade { offline, .. } | Command::Downgrade { offline, .. } if offline.sql => {
            usage("--url-file works on databases; --sql prints a script and opens none")
        }
        Command::Upgrade { dry_run: true, .. } => ("upgrade --dry-run", false),
        Command::Upgrade { .. } => ("upgrade", false),
        Command::Downgrade { .. } => ("downgrade", false),
        Command::Status { exit_code } => ("status", *exit_code),
        Command::Verify => ("verify", false),
        Command::Current => ("current", false),
        _ => usage(
            "--url-file works with upgrade (also --dry-run), downgrade, status, verify and current",
        ),
    };
    let (text, shown_file) = if file == Path::new("-") {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Error::Io(format!("cannot read the URL list from stdin: {e}")))?;
        (s, "<stdin>".to_string())
    } else {
        let s = std::fs::read_to_string(file)
            .map_err(|e| Error::Config(format!("cannot read {}: {e}", file.display())))?;
        (s, file.display().to_string())
    };
    let members = parse_list(&text, &shown_file)?;
    if members.is_empty() {
        return Err(Error::Config(format!("{shown_file} lists no database")));
    }
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let mut fleet = Fleet {
        members,
        args: child_args(&args),
        exe: std::env::current_exe()
            .map_err(|e| Error::Io(format!("cannot find this program's path: {e}")))?,
        style,
        jobs: f.jobs as usize,
        canary: f.canary.unwrap_or(0),
        keep_going: f.keep_going,
        status_exit,
        command: name,
    };
    Ok(fleet.run())
}

struct Fleet {
    members: Vec<Member>,
    args: Vec<OsString>,
    exe: PathBuf,
    style: Style,
    jobs: usize,
    canary: usize,
    keep_going: bool,
    status_exit: bool,
    command: &'static str,
}

impl Fleet {
    fn spawn(
        &self,
        i: usize,
        tx: &mpsc::Sender<(usize, Done)>,
    ) -> Option<std::process::ChildStdin> {
        let m = &self.members[i];
        let mut cmd = Process::new(&self.exe);
        for v in FLEET_VARS {
            cmd.env_remove(v);
        }
        cmd.env("AST_SCHEMA_URL", &m.url)
            .env(CHILD_VAR, "1")
            .args(["--format", "json"])
            .args(&self.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let started = Instant::now();
        let status_exit = self.status_exit;
        match cmd.spawn() {
            Ok(mut child) => {
                let stdin = child.stdin.take().expect("piped stdin");
                let tx = tx.clone();
                std::thread::spawn(move || {
                    let done = match child.wait_with_output() {
                        Ok(out) => judge(&out, started.elapsed(), status_exit),
                        Err(e) => failed(1, format!("cannot wait for the worker: {e}"), started),
                    };
                    let _ = tx.send((i, done));
                });
                Some(stdin)
            }
            Err(e) => {
                let _ = tx.send((
                    i,
                    failed(
                        1,
                        format!("cannot start {}: {e}", self.exe.display()),
                        started,
                    ),
                ));
                None
            }
        }
    }

    fn run(&mut self) -> i32 {
        let n = self.members.len();
        let started = Instant::now();
        let _guard = crate::interrupt::guard();
        let (tx, rx) = mpsc::channel();
        let canary = self.canary.min(n);
        let mut results: Vec<Option<Done>> = (0..n).map(|_| None).collect();
        let mut running: Vec<(usize, Option<std::process::ChildStdin>)> = Vec::new();
        let mut waiting: VecDeque<usize> = (0..n).collect();
        let (mut failed_n, mut done_n) = (0usize, 0usize);
        let mut stop: Option<String> = None;
        let mut bar = Bar::new(self.style, n);
        loop {
            while stop.is_none() && running.len() < self.jobs {
                let Some(&i) = waiting.front() else { break };
                // The canaries finish before any other starts.
                if i >= canary && done_n < canary {
                    break;
                }
                waiting.pop_front();
                let stdin = self.spawn(i, &tx);
                running.push((i, stdin));
            }
            bar.show(done_n, failed_n, running.len(), waiting.len());
            if running.is_empty() {
                break;
            }
            if let Ok((i, mut d)) = rx.recv_timeout(Duration::from_millis(100)) {
                d.from_to = d.doc.as_ref().map(from_to).unwrap_or_default();
                d.words = result_words(self.command, &d);
                running.retain(|(j, _)| *j != i);
                done_n += 1;
                if !d.ok {
                    failed_n += 1;
                    if stop.is_none() && i < canary {
                        stop = Some(format!(
                            "canary {} failed; the fleet stopped",
                            self.members[i].name
                        ));
                    } else if stop.is_none() && !self.keep_going {
                        stop = Some(format!(
                            "{} failed; no new database started (--keep-going runs the others)",
                            self.members[i].name
                        ));
                    }
                }
                self.finished(&self.members[i], &d, &bar);
                d.doc = None;
                results[i] = Some(d);
            }
            if let Some(sig) = crate::interrupt::requested() {
                if stop.is_none() {
                    stop = Some(format!(
                        "stopped by {}; the running databases stopped at a clean point",
                        crate::interrupt::name(sig)
                    ));
                }
                for (_, stdin) in running.iter_mut() {
                    stdin.take();
                }
            }
        }
        bar.finish();
        self.report(&results, stop.as_deref(), started.elapsed())
    }

    /// One database is done: a plain line where no bar runs.
    fn finished(&self, m: &Member, d: &Done, bar: &Bar) {
        if self.style.format == Format::Json {
            crate::cli::output::print_json_line(&self.object(m, Some(d)));
            return;
        }
        if self.style.quiet {
            if !d.ok {
                crate::err_line!(
                    "error: {}: {}",
                    m.name,
                    d.message.as_deref().unwrap_or("failed")
                );
            }
            return;
        }
        let line = format!("{}: {} ({})", m.name, d.words, human(d.elapsed));
        bar.line(&line);
    }

    fn object(&self, m: &Member, d: Option<&Done>) -> Value {
        let (from, to) = d.map(|d| d.from_to.clone()).unwrap_or_default();
        json!({
            "database": m.name,
            "url": m.shown,
            "ok": d.is_some_and(|d| d.ok),
            "run": d.is_some(),
            "exit_code": d.map(|d| d.code),
            "from": from,
            "to": to,
            "elapsed_ms": d.map(|d| (d.elapsed.as_secs_f64() * 1e6).round() / 1e3),
            "result": d.map_or("not run", |d| d.words.as_str()),
            "error": d.and_then(|d| if d.ok { None } else { d.message.clone() }),
            "report": d.and_then(|d| d.doc.clone()),
        })
    }

    fn report(&self, results: &[Option<Done>], stop: Option<&str>, elapsed: Duration) -> i32 {
        let n = results.len();
        let failed = results.iter().flatten().filter(|d| !d.ok).count();
        let not_run = results.iter().filter(|d| d.is_none()).count();
        let pending = self.status_exit
            && results
                .iter()
                .flatten()
                .any(|d| d.ok && d.code == crate::cli::commands::status::PENDING);
        let signal = crate::interrupt::requested();
        let code = match (signal, failed + not_run) {
            (Some(s), _) => 128 + s,
            (None, 0) if pending => crate::cli::commands::status::PENDING,
            (None, 0) => 0,
            _ => EXIT_SOME_FAILED,
        };
        let succeeded = n - failed - not_run;
        if self.style.format == Format::Json {
            for (m, d) in self.members.iter().zip(results) {
                if d.is_none() {
                    crate::cli::output::print_json_line(&self.object(m, None));
                }
            }
            crate::cli::output::print_json_line(&json!({
                "summary": {
                    "command": self.command,
                    "ok": code == 0 || code == crate::cli::commands::status::PENDING,
                    "databases": n,
                    "succeeded": succeeded,
                    "failed": failed,
                    "not_run": not_run,
                    "pending": pending,
                    "stopped": stop,
                    "exit_code": code,
                    "elapsed_ms": (elapsed.as_secs_f64() * 1e6).round() / 1e3,
                }
            }));
        } else if !self.style.quiet {
            let rows: Vec<[String; 5]> = self
                .members
                .iter()
                .zip(results)
                .map(|(m, d)| {
                    let (from, to) = d.as_ref().map(|d| d.from_to.clone()).unwrap_or_default();
                    [
                        m.name.clone(),
                        from.unwrap_or_else(|| "-".into()),
                        to.unwrap_or_else(|| "-".into()),
                        d.as_ref().map_or("-".into(), |d| human(d.elapsed)),
                        d.as_ref().map_or("not run".into(), |d| d.words.clone()),
                    ]
                })
                .collect();
            print_table(&rows);
            crate::say!(
                "{n} databases: {succeeded} succeeded, {failed} failed, {not_run} not run ({})",
                human(elapsed)
            );
        }
        if failed + not_run > 0 && signal.is_none() {
            let why = stop
                .filter(|_| not_run > 0)
                .map(|s| format!(": {s}"))
                .unwrap_or_default();
            crate::err_line!("error: {failed} of {n} databases failed, {not_run} not run{why}");
        } else if let Some(s) = stop.filter(|_| signal.is_some()) {
            crate::err_line!("error: {s}");
        }
        code
    }
}

fn failed(code: i32, message: String, started: Instant) -> Done {
    Done {
        code,
        ok: false,
        doc: None,
        message: Some(message),
        elapsed: started.elapsed(),
        from_to: (None, None),
        words: String::new(),
    }
}

/// What a child's exit status and document say.
fn judge(out: &Output, elapsed: Duration, status_exit: bool) -> Done {
    let code = out
        .status
        .code()
        .unwrap_or_else(|| 128 + killed_by(&out.status));
    let doc: Option<Value> = serde_json::from_slice(&out.stdout).ok();
    let ok = code == 0 || (status_exit && code == crate::cli::commands::status::PENDING);
    let message = doc
        .as_ref()
        .and_then(|d| d["error"]["message"].as_str().map(str::to_string))
        .or_else(|| {
            let err = String::from_utf8_lossy(&out.stderr);
            err.lines()
                .rev()
                .find(|l| l.starts_with("error: "))
                .or_else(|| err.lines().last())
                .map(|l| l.trim_start_matches("error: ").to_string())
        })
        .or_else(|| (!ok).then(|| format!("the worker ended with exit code {code}")));
    Done {
        code,
        ok,
        doc,
        message,
        elapsed,
        from_to: (None, None),
        words: String::new(),
    }
}

/// The signal that ended a child, as its exit code would say it.
#[cfg(unix)]
fn killed_by(status: &std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    status.signal().unwrap_or(0)
}

#[cfg(not(unix))]
fn killed_by(_: &std::process::ExitStatus) -> i32 {
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_takes_names_comments_and_blank_lines() {
        let l = parse_list(
            "# tenants\n\nacme mysql://u:secret@h/acme_db\npostgresql://p@h/beta  # no\n",
            "f",
        );
        assert!(l.is_err(), "a trailing comment is a third word");
        let l = parse_list(
            "# tenants\n\nacme mysql://u:secret@h/acme_db\n  postgresql://p@h/beta\nsqlite:///var/x/c.db\n",
            "f",
        )
        .unwrap();
        let names: Vec<&str> = l.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["acme", "beta", "c.db"]);
        assert!(!l[0].shown.contains("secret"));
    }

    #[test]
    fn a_bad_line_names_file_and_line() {
        let e = parse_list("mysql://h/a\nnope://x/y\n", "list.txt").unwrap_err();
        assert!(e.to_string().starts_with("list.txt:2: "), "{e}");
        assert_eq!(e.exit_code(), 3);
        let e = parse_list("mysql://h/a\npostgresql://h/a\n", "l").unwrap_err();
        assert!(e.to_string().starts_with("l:2: duplicate name a"), "{e}");
        let e = parse_list("mysql://u:hunter2@h/\n", "l").unwrap_err();
        assert!(!e.to_string().contains("hunter2"), "{e}");
    }

    #[test]
    fn children_get_the_options_but_not_the_fleets() {
        let a: Vec<String> = [
            "--url-file",
            "l",
            "--jobs=3",
            "upgrade",
            "--canary",
            "2",
            "--keep-going",
            "--format",
            "json",
            "--tree",
            "all",
            "head",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(child_args(&a), ["upgrade", "--tree", "all", "head"]);
    }
}
