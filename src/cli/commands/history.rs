//! `history` and `heads`: the revisions of a tree, marking head and current.

use serde_json::json;

use crate::cli::commands::Ctx;
use crate::cli::output::{self, Style};
use crate::cli::settings::{check_tree_choice, open, prefix, settings, Access};
use crate::db::version as state;
use crate::definitions::revision::Tree;
use crate::error::Error;
use crate::say;

pub fn run(ctx: &mut Ctx<'_>, range: Option<&str>) -> Result<i32, Error> {
    let (g, style) = (ctx.g, ctx.style);
    let s = settings(g)?;
    // Marking the current revision needs the database; as Alembic's, `history` lists
    // without one (it says why on stderr when a database was named but not reached).
    let mut conn = match open(
        g,
        &s,
        Style {
            quiet: true,
            ..style
        },
        Access::Read,
    ) {
        Ok(c) => Some(c),
        Err(e @ Error::Connect { .. }) => {
            if s.explicit && !style.quiet {
                crate::err_line!("note: not marking the current revision: {e}");
            }
            None
        }
        Err(e) => return Err(e),
    };
    if let Some(c) = conn.as_mut() {
        check_tree_choice(c.as_mut(), &s)?;
    }
    for t in &s.trees {
        let current = match conn.as_mut() {
            Some(c) => Some(state::read(c.as_mut(), t)?.position),
            None => None,
        };
        let (low, high) = match range {
            None => (1, t.len()),
            Some(r) => rev_range(t, r, current)?,
        };
        let mut revs = Vec::new();
        for pos in (low..=high).rev() {
            let r = t.at(pos);
            let mut marks = String::new();
            if pos == t.len() {
                marks.push_str(&format!(" ({})", crate::cli::settings::head_word(t)));
            }
            if current == Some(pos) {
                marks.push_str(" (current)");
            }
            revs.push(json!({ "revision": r.id, "down_revision": r.down, "message": r.message, "head": pos == t.len(), "current": current == Some(pos) }));
            if style.chatty() {
                say!(
                    "{}{} -> {}{marks}, {}",
                    prefix(t, s.all),
                    r.down.unwrap_or("<base>"),
                    r.id,
                    r.message
                );
            }
        }
        ctx.doc.trees.push(json!({ "tree": t.name, "current": current.map(|p| output::rev(t, p)), "revisions": revs }));
    }
    Ok(0)
}

/// The positions `START:END` covers (both included; an empty side is base or
/// head). `current` needs the database.
fn rev_range(t: &Tree, range: &str, current: Option<usize>) -> Result<(usize, usize), Error> {
    let Some((a, b)) = range.split_once(':') else {
        return Err(Error::Usage(format!(
            "history -r takes START:END (either side may be empty), got {range:?}"
        )));
    };
    let side = |x: &str, empty: usize| -> Result<usize, Error> {
        match x.trim() {
            "" => Ok(empty),
            "current" => current.ok_or_else(|| {
                Error::Usage(
                    "history -r current: needs a database to read the current revision from".into(),
                )
            }),
            spec => t.resolve(spec, current.unwrap_or(0)),
        }
    };
    let (low, high) = (side(a, 0)?, side(b, t.len())?);
    if low > high {
        return Err(Error::OutOfRange(format!(
            "history -r {range}: {} comes after {}",
            t.label(low),
            t.label(high)
        )));
    }
    Ok((low.max(1), high))
}

pub fn heads(ctx: &mut Ctx<'_>) -> Result<i32, Error> {
    let s = settings(ctx.g)?;
    for t in &s.trees {
        let head = t.head().map(|h| h.id);
        ctx.doc.trees.push(json!({ "tree": t.name, "head": head }));
        if ctx.style.chatty() {
            say!("{}{} (head)", prefix(t, s.all), head.unwrap_or("base"));
        }
    }
    Ok(0)
}
