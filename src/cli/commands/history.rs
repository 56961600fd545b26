//! `history` and `heads`: the revisions of a tree, marking head and current.

use serde_json::json;

use crate::cli::commands::Ctx;
use crate::cli::output::{self, Style};
use crate::cli::settings::{check_tree_choice, open, prefix, settings};
use crate::db::version as state;
use crate::error::DbErrorKind;
use crate::error::Error;
use crate::say;

pub fn run(ctx: &mut Ctx<'_>) -> Result<i32, Error> {
    let (g, style) = (ctx.g, ctx.style);
    let s = settings(g)?;
    // Marking the current revision needs the database; without one, list anyway.
    let mut conn = match open(
        g,
        &s,
        Style {
            quiet: true,
            ..style
        },
        true,
    ) {
        Ok(c) => Some(c),
        Err(Error::Connect {
            kind: DbErrorKind::NoDatabase,
            ..
        }) if !s.explicit => None,
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
        let mut revs = Vec::new();
        for pos in (1..=t.len()).rev() {
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
