//! What the commands print: plain lines, a progress bar on a terminal, or one JSON
//! document per command (`--format json`, shape documented in docs/usage.md).

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::{json, Value};

use crate::definitions::revision::Tree;
use crate::engine::apply::Outcome;
use crate::engine::observer::{LockWait, Observer, StepDone};
use crate::engine::plan::PlannedStep;
use crate::engine::plan::Reconciliation;
use crate::error::Error;

/// How a command reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// Output settings shared by every command.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub format: Format,
    pub quiet: bool,
    pub verbose: bool,
}

impl Style {
    pub fn text(&self) -> bool {
        self.format == Format::Text
    }

    /// Whether plain informational lines go out.
    pub fn chatty(&self) -> bool {
        self.text() && !self.quiet
    }
}

/// "12 ms" / "1.25 s".
pub fn human(d: Duration) -> String {
    if d.as_millis() >= 1000 {
        format!("{:.2} s", d.as_secs_f64())
    } else {
        format!("{} ms", d.as_millis())
    }
}

fn ms(d: Duration) -> f64 {
    (d.as_secs_f64() * 1e6).round() / 1e3
}

/// Progress for people: one line per revision as each finishes (they stay in the
/// scrollback), and on an interactive terminal a bar on stderr below them while a
/// multi-revision run goes (`indicatif`); `TERM=dumb`, a pipe, `-q`, `-v` and JSON get
/// no bar. `-v` adds each statement.
pub struct Progress {
    style: Style,
    bar_allowed: bool,
    bar: Option<ProgressBar>,
    /// Each time a change hit its lock bound, for the JSON document.
    pub lock_waits: Vec<Value>,
}

/// Whether stderr can show a bar: a terminal that is not `TERM=dumb`.
pub fn bar_terminal() -> bool {
    std::io::stderr().is_terminal()
        && std::env::var("TERM").map_or(true, |t| t != "dumb" && !t.is_empty())
}

impl Progress {
    pub fn new(style: Style) -> Progress {
        Progress {
            style,
            bar_allowed: style.chatty() && !style.verbose && bar_terminal(),
            bar: None,
            lock_waits: Vec::new(),
        }
    }

    /// Prints a line above the bar (or plainly when there is none).
    fn line(&self, f: impl FnOnce()) {
        match &self.bar {
            Some(b) => b.suspend(f),
            None => f(),
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(b) = self.bar.take() {
            b.finish_and_clear();
        }
    }
}

impl Observer for Progress {
    fn waiting_for_lock(&mut self, tree: &str) {
        if !self.style.quiet {
            self.line(|| {
                crate::err_line!(
                    "note: another ast-schema is working on tree {tree}; waiting for it to finish"
                )
            });
        }
    }

    fn lock_wait(&mut self, w: &LockWait<'_>) {
        self.lock_waits.push(lock_wait_json(w));
        if !self.style.quiet {
            self.line(|| {
                crate::err_line!(
                    "note: {}: {} waited {} ms (--ddl-lock-timeout {} ms) for {}, {}; trying again in {} \
                     (try {}, {} of --ddl-lock-budget {} spent)",
                    w.step.label(),
                    w.position,
                    w.applied.as_millis(),
                    w.bound.as_millis(),
                    w.what(),
                    w.holders_text(),
                    human(w.retry_in),
                    w.attempt + 1,
                    human(w.waited),
                    format_args!("{} s", w.budget.as_secs_f64())
                )
            });
        }
    }

    fn step_started(&mut self, step: &PlannedStep, index: usize, total: usize) {
        if !self.bar_allowed || total < 2 {
            return;
        }
        let bar = self.bar.get_or_insert_with(|| {
            let b = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
            if let Ok(st) = ProgressStyle::with_template("[{bar:30}] {pos}/{len} {wide_msg}") {
                b.set_style(st.progress_chars("#>."));
            }
            b
        });
        bar.set_position(index as u64);
        bar.set_message(format!(
            "{} {} {}",
            step.direction.name(),
            step.revision,
            step.message
        ));
    }

    fn statement(&mut self, sql: &str) {
        if self.style.verbose && self.style.chatty() {
            crate::say!("    {};", sql.replace('\n', "\n    "));
        }
    }

    fn fast_path_done(
        &mut self,
        tree: &crate::definitions::revision::Tree,
        to: usize,
        elapsed: Duration,
    ) {
        if self.style.chatty() {
            self.line(|| {
                crate::say!(
                    "upgrade base -> {}: {} revision(s) built at once ({})",
                    tree.at(to).id,
                    to,
                    human(elapsed)
                )
            });
        }
    }

    fn reconciled(&mut self, r: &Reconciliation, elapsed: Duration) {
        if self.style.chatty() {
            let onto = match r.to.release {
                Some(rel) => format!("the scripts of Asterisk {rel}"),
                None => "Asterisk's main branch".into(),
            };
            let what: Vec<String> = r.ops.iter().map(|o| o.describe()).collect();
            self.line(|| {
                crate::say!(
                    "reconcile {} onto {onto}: {} ({})",
                    r.from_id,
                    what.join(", "),
                    human(elapsed)
                )
            });
        }
    }

    fn step_done(&mut self, done: &StepDone<'_>) {
        if self.style.chatty() {
            let s = done.step;
            self.line(|| crate::say!("{}, {} ({})", s.label(), s.message, human(done.elapsed)));
            if let Some(b) = &self.bar {
                b.set_position((done.index + 1) as u64);
            }
        }
    }
}

/// One hit of a change's lock bound, for `lock_waits` in the JSON document.
pub fn lock_wait_json(w: &LockWait<'_>) -> Value {
    json!({
        "revision": w.step.revision,
        "direction": w.step.direction.name(),
        "position": w.position,
        "statement": w.statement,
        "table": w.table,
        "attempt": w.attempt,
        "waited_ms": ms(w.waited),
        "retry_in_ms": ms(w.retry_in),
        "holders_named": w.holders.is_some(),
        "holders": w.holders.as_ref().map_or_else(Vec::new, |h| h.iter().map(|x| json!({
            "id": x.id,
            "user": x.user,
            "application": x.application,
            "client": x.client,
            "state": x.state,
            "transaction_s": x.seconds,
            "query": x.query,
        })).collect::<Vec<_>>()),
    })
}

/// A revision as JSON: its id, or null for base.
pub fn rev(tree: &Tree, pos: usize) -> Value {
    if pos == 0 {
        Value::Null
    } else {
        json!(tree.at(pos).id)
    }
}

/// One tree's result of upgrade, downgrade or stamp.
pub fn outcome_json(o: &Outcome) -> Value {
    let t = &o.tree;
    json!({
        "tree": t.name,
        "before": rev(t, o.from),
        "after": rev(t, o.to),
        "head": rev(t, t.len()),
        "at_head": o.to == t.len(),
        "noop": o.steps.is_empty() && o.from == o.to,
        "method": o.method.map_or("none", |m| m.name()),
        "reconciled": o.reconciled,
        "recovered": o.recovered,
        "ms": ms(o.elapsed),
        "applied": o.steps.iter().map(|s| json!({
            "direction": s.direction.name(),
            "revision": s.revision,
            "from": s.from,
            "to": s.to,
            "message": s.message,
            "ms": s.elapsed.map(ms),
        })).collect::<Vec<_>>(),
    })
}

/// Prints one JSON document on stdout.
pub fn print_json(v: &Value) {
    let mut text = serde_json::to_string_pretty(v).unwrap_or_else(|e| {
        json!({ "ok": false, "error": { "message": e.to_string(), "exit_code": 1 } }).to_string()
    });
    text.push('\n');
    emit(text.as_bytes());
}

/// Prints one JSON object on one line of stdout (a stream of them: `--url-file`).
pub fn print_json_line(v: &Value) {
    let mut text = v.to_string();
    text.push('\n');
    emit(text.as_bytes());
}

/// Whether the command changes a database (see [`changes_database`]).
static CHANGES: AtomicBool = AtomicBool::new(false);
/// Whether stdout is gone and output is dropped.
static STDOUT_GONE: AtomicBool = AtomicBool::new(false);

/// Marks the command as one that changes a database: from then on, a stdout that
/// cannot be written no longer ends the process (see [`emit`]).
pub fn changes_database() {
    CHANGES.store(true, Ordering::SeqCst);
}

/// Writes to stdout. For a read-only command, a reader that went away
/// (`ast-schema history | head -1`) ends the process quietly with status 0, as
/// ripgrep does, and any other failure to write is reported on stderr with
/// status 1. A command that changes a database is never cut short by its output:
/// it says once on stderr that stdout is gone, prints nothing more, and finishes
/// its work (its exit status is the work's).
pub fn emit(bytes: &[u8]) {
    if STDOUT_GONE.load(Ordering::SeqCst) {
        return;
    }
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(bytes).and_then(|_| out.flush()) {
        let closed = e.kind() == std::io::ErrorKind::BrokenPipe;
        if CHANGES.load(Ordering::SeqCst) {
            STDOUT_GONE.store(true, Ordering::SeqCst);
            let why = if closed {
                "standard output was closed".to_string()
            } else {
                format!("cannot write to standard output: {e}")
            };
            crate::err_line!(
                "note: {why}; the run goes on to its end and prints nothing more on it"
            );
            return;
        }
        if closed {
            std::process::exit(0);
        }
        crate::err_line!("error: cannot write to standard output: {e}");
        std::process::exit(1);
    }
}

/// `println!` for command output, through [`emit`].
#[macro_export]
macro_rules! say {
    () => { $crate::cli::output::emit(b"\n") };
    ($($arg:tt)*) => {{
        let mut line = format!($($arg)*);
        line.push('\n');
        $crate::cli::output::emit(line.as_bytes());
    }};
}

/// An SQL script to FILE (`-o`) or stdout.
pub fn write_script(text: &str, output: Option<&std::path::Path>) -> Result<(), Error> {
    match output {
        Some(p) => std::fs::write(p, text)
            .map_err(|e| Error::Io(format!("cannot write {}: {e}", p.display()))),
        None => {
            emit(text.as_bytes());
            Ok(())
        }
    }
}

/// The JSON document a command builds: one entry per tree, and a few top-level
/// fields.
pub struct Doc {
    pub command: &'static str,
    pub trees: Vec<Value>,
    pub extra: Vec<(&'static str, Value)>,
}

impl Doc {
    pub fn new(command: &'static str) -> Doc {
        Doc {
            command,
            trees: Vec::new(),
            extra: Vec::new(),
        }
    }
}
