//! `verify`: the live schema against the schema its revision should have; for a
//! database built by a release's scripts, against that release's.

use serde_json::json;

use crate::cli::commands::Ctx;
use crate::cli::settings::{check_tree_choice, describe_pos, open, prefix, settings, Access};
use crate::definitions::releases;
use crate::engine::verify_release::verify_placed;
use crate::error::Error;
use crate::say;

pub fn run(ctx: &mut Ctx<'_>) -> Result<i32, Error> {
    let (g, style) = (ctx.g, ctx.style);
    let s = settings(g)?;
    let mut conn = open(g, &s, style, Access::Read)?;
    check_tree_choice(conn.as_mut(), &s)?;
    let mut total = 0;
    for t in &s.trees {
        let placed = verify_placed(conn.as_mut(), t)?;
        let report = &placed.report;
        // The notes, and on a release's chain what `upgrade` does first.
        let notes: Vec<&String> = report.notes.iter().chain(&placed.upgrade_first).collect();
        let against = if placed.releases.is_empty() {
            None
        } else {
            Some(releases::compact(&placed.releases)?)
        };
        ctx.doc.trees.push(json!({
            "tree": t.name,
            "revision": placed.revision,
            "ok": report.differences.is_empty(),
            "releases": placed.releases,
            "compared_with_release": placed.by_release,
            "differences": report.differences,
            "extras": report.extras,
            "notes": notes,
        }));
        if style.chatty() {
            for note in &notes {
                crate::err_line!("note: {}{note}", prefix(t, s.all));
            }
            for x in &report.extras {
                let what = x.strip_prefix("unexpected: ").unwrap_or(x);
                crate::err_line!(
                    "note: {}extra, not made by any revision (kept as it is): {what}",
                    prefix(t, s.all)
                );
            }
            for d in &report.differences {
                say!("{}{d}", prefix(t, s.all));
            }
            let rev = match (&placed.revision, placed.by_release) {
                (Some(id), true) => id.clone(),
                _ => describe_pos(t, report.position),
            };
            let built = match (&against, placed.by_release) {
                (Some(r), true) => format!(", as the scripts of Asterisk {r} build it"),
                (Some(r), false) => format!(" (the schema of Asterisk {r})"),
                (None, _) => String::new(),
            };
            if report.differences.is_empty() {
                say!("{}: schema matches {rev}{built}", t.name);
            } else if placed.by_release {
                say!(
                    "{}: compared with {rev}{built} (the closest release)",
                    t.name
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
