//! What a fleet run shows: the overall progress bar (or plain lines), the words for
//! each database's result, and the closing table.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde_json::{json, Value};

use super::Done;
use crate::cli::output::Style;

/// The revisions before and after (or at, for current, status and verify), one per
/// tree; `tree:rev` when there are several.
pub(super) fn from_to(doc: &Value) -> (Option<String>, Option<String>) {
    let trees = doc["trees"].as_array().cloned().unwrap_or_default();
    if trees.is_empty() {
        return (None, None);
    }
    let rev = |v: &Value| v.as_str().unwrap_or("base").to_string();
    let pick = |t: &Value, keys: &[&str]| {
        keys.iter()
            .map(|k| &t[*k])
            .find(|v| !v.is_null() || t.get("before").is_some())
            .map(rev)
            .unwrap_or_else(|| "base".into())
    };
    let one = |keys: &[&str]| {
        let parts: Vec<String> = trees
            .iter()
            .map(|t| {
                let r = pick(t, keys);
                if trees.len() > 1 {
                    format!("{}:{r}", t["tree"].as_str().unwrap_or("?"))
                } else {
                    r
                }
            })
            .collect();
        parts.join(",")
    };
    (
        Some(one(&["before", "revision"])),
        Some(one(&["after", "target", "revision"])),
    )
}

/// The result column: what happened, or the exit code and message.
pub(super) fn result_words(command: &str, d: &Done) -> String {
    if !d.ok {
        return format!(
            "failed (exit {}): {}",
            d.code,
            d.message.as_deref().unwrap_or("")
        );
    }
    let trees = d
        .doc
        .as_ref()
        .and_then(|v| v["trees"].as_array().cloned())
        .unwrap_or_default();
    match command {
        "upgrade" | "downgrade" if trees.iter().all(|t| t["noop"] == json!(true)) => {
            "nothing to do".into()
        }
        "upgrade" => "upgraded".into(),
        "downgrade" => "downgraded".into(),
        "upgrade --dry-run" => {
            let n: usize = trees
                .iter()
                .map(|t| t["revisions"].as_array().map_or(0, Vec::len))
                .sum();
            if n == 0 {
                "nothing to do".into()
            } else {
                format!("would apply {n} revision{}", if n == 1 { "" } else { "s" })
            }
        }
        "status" => {
            let n: usize = trees
                .iter()
                .map(|t| t["pending"].as_array().map_or(0, Vec::len))
                .sum();
            if n == 0 {
                "up to date".into()
            } else {
                format!("{n} pending")
            }
        }
        "verify" => "verified".into(),
        _ => "ok".into(),
    }
}

pub(super) fn print_table(rows: &[[String; 5]]) {
    let head = ["name", "from", "to", "time", "result"].map(String::from);
    let mut w = [0usize; 4];
    for r in std::iter::once(&head).chain(rows) {
        for (k, c) in r.iter().take(4).enumerate() {
            w[k] = w[k].max(c.chars().count());
        }
    }
    for r in std::iter::once(&head).chain(rows) {
        crate::say!(
            "{:<w0$}  {:<w1$}  {:<w2$}  {:>w3$}  {}",
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            w0 = w[0],
            w1 = w[1],
            w2 = w[2],
            w3 = w[3]
        );
    }
}

/// The overall progress: a bar on a terminal, plain lines elsewhere.
pub(super) struct Bar {
    bar: Option<ProgressBar>,
}

impl Bar {
    pub(super) fn new(style: Style, n: usize) -> Bar {
        let allowed = style.chatty() && !style.verbose && crate::cli::output::bar_terminal();
        let bar = allowed.then(|| {
            let b = ProgressBar::with_draw_target(Some(n as u64), ProgressDrawTarget::stderr());
            if let Ok(st) = ProgressStyle::with_template("[{bar:30}] {pos}/{len} {wide_msg}") {
                b.set_style(st.progress_chars("#>."));
            }
            b
        });
        Bar { bar }
    }

    pub(super) fn show(&mut self, done: usize, failed: usize, running: usize, waiting: usize) {
        if let Some(b) = &self.bar {
            b.set_message(format!(
                "done {}, failed {failed}, running {running}, waiting {waiting}",
                done - failed
            ));
            b.set_position(done as u64);
        }
    }

    pub(super) fn line(&self, s: &str) {
        match &self.bar {
            Some(b) => b.println(s),
            None => crate::err_line!("{s}"),
        }
    }

    pub(super) fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
