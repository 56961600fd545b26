//! `verify`: the live schema against the schema its revision should have.

use serde_json::json;

use crate::cli::commands::Ctx;
use crate::cli::output;
use crate::cli::settings::{describe_pos, open, prefix, settings};
use crate::engine::verify;
use crate::error::Error;
use crate::say;

pub fn run(ctx: &mut Ctx<'_>) -> Result<i32, Error> {
    let (g, style) = (ctx.g, ctx.style);
    let s = settings(g)?;
    let mut conn = open(g, &s, style, true)?;
    let mut total = 0;
    for t in &s.trees {
        let report = verify::verify(conn.as_mut(), t)?;
        ctx.doc.trees.push(json!({
            "tree": t.name,
            "revision": output::rev(t, report.position),
            "ok": report.differences.is_empty(),
            "differences": report.differences,
            "extras": report.extras,
            "notes": report.notes,
        }));
        if style.chatty() {
            for note in &report.notes {
                eprintln!("note: {}{note}", prefix(t, s.all));
            }
            for x in &report.extras {
                let what = x.strip_prefix("unexpected: ").unwrap_or(x);
                eprintln!(
                    "note: {}extra, not made by any revision (kept as it is): {what}",
                    prefix(t, s.all)
                );
            }
            for d in &report.differences {
                say!("{}{d}", prefix(t, s.all));
            }
            if report.differences.is_empty() {
                say!(
                    "{}: schema matches {}",
                    t.name,
                    describe_pos(t, report.position)
                );
            }
        }
        total += report.differences.len();
    }
    if total > 0 {
        return Err(Error::Drift(format!(
            "{total} difference(s) between the database and its revision"
        )));
    }
    Ok(0)
}
