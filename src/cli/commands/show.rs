//! `show`: one revision's links, message, file, checksum and operations.

use crate::cli::commands::Ctx;
use crate::cli::output::emit;
use crate::cli::settings::settings;
use crate::definitions::revision::Tree;
use crate::error::Error;
use crate::say;

pub fn run(ctx: &mut Ctx<'_>, rev: &str) -> Result<i32, Error> {
    let s = settings(ctx.g)?;
    match s.trees.as_slice() {
        [one] if !s.all => show_revision(one, rev),
        _ => Err(Error::Config("show needs one tree, not --tree all".into())),
    }
}

/// Prints one revision of `tree`.
pub fn show_revision(tree: &Tree, rev: &str) -> Result<i32, Error> {
    let pos = tree.resolve(rev, 0)?;
    if pos == 0 {
        say!(
            "Rev: base (no revision applied)\nChild: {}",
            if tree.is_empty() {
                "none"
            } else {
                tree.at(1).id
            }
        );
        return Ok(0);
    }
    let r = tree.at(pos);
    let m = tree.migration(pos)?;
    let mut out = String::new();
    out.push_str(&format!(
        "Rev: {}{}\n",
        r.id,
        if pos == tree.len() { " (head)" } else { "" }
    ));
    out.push_str(&format!("Parent: {}\n", r.down.unwrap_or("<base>")));
    if pos < tree.len() {
        out.push_str(&format!("Child: {}\n", tree.at(pos + 1).id));
    }
    out.push_str(&format!(
        "Tree: {}\nFile: {}\nSHA-256: {}\n\n    {}\n\n",
        tree.name, r.file, r.sha256, r.message
    ));
    for (title, steps) in [("Upgrade", &m.upgrade), ("Downgrade", &m.downgrade)] {
        out.push_str(&format!("{title}:\n"));
        for st in steps {
            let only = match &st.dialects {
                Some(ds) => format!(
                    "  [{}]",
                    ds.iter().map(|d| d.name()).collect::<Vec<_>>().join(", ")
                ),
                None => String::new(),
            };
            out.push_str(&format!("  {}{only}\n", st.op.describe()));
        }
    }
    emit(out.as_bytes());
    Ok(0)
}
