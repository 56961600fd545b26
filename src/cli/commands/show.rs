//! `show`: one revision's links, message, file, checksum and operations.

use serde_json::json;

use crate::cli::commands::Ctx;
use crate::cli::output::emit;
use crate::cli::settings::settings;
use crate::definitions::revision::Tree;
use crate::error::Error;

pub fn run(ctx: &mut Ctx<'_>, rev: &str) -> Result<i32, Error> {
    let s = settings(ctx.g)?;
    let tree = match s.trees.as_slice() {
        [one] if !s.all => *one,
        _ => return Err(Error::Config("show needs one tree, not --tree all".into())),
    };
    let entry = describe(&tree, rev)?;
    if ctx.style.text() {
        emit(text(&entry).as_bytes());
    }
    ctx.doc.trees.push(entry);
    Ok(0)
}

/// One revision of `tree` as JSON: `tree`, `revision` (null for base), `down_revision`,
/// `child`, `head`, `message`, `file`, `sha256`, `variant`, `upgrade` and `downgrade`
/// (one line per operation, `dialects` where limited).
pub fn describe(tree: &Tree, rev: &str) -> Result<serde_json::Value, Error> {
    let pos = tree.resolve(rev, 0)?;
    let child = (pos < tree.len()).then(|| tree.at(pos + 1).id);
    if pos == 0 {
        return Ok(json!({ "tree": tree.name, "revision": null, "child": child }));
    }
    let r = tree.at(pos);
    let m = tree.migration(pos)?;
    let ops = |steps: &[crate::definitions::ops::Step]| {
        steps
            .iter()
            .map(|st| {
                json!({
                    "op": st.op.describe(),
                    "dialects": st.dialects.as_ref().map(|ds| ds.iter().map(|d| d.name()).collect::<Vec<_>>()),
                })
            })
            .collect::<Vec<_>>()
    };
    Ok(json!({
        "tree": tree.name,
        "revision": r.id,
        "down_revision": r.down,
        "child": child,
        "head": pos == tree.len(),
        "message": r.message,
        "file": r.file,
        "sha256": r.sha256,
        "variant": r.variant,
        "upgrade": ops(&m.upgrade),
        "downgrade": ops(&m.downgrade),
    }))
}

fn text(v: &serde_json::Value) -> String {
    let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
    if v["revision"].is_null() {
        return format!(
            "Rev: base (no revision applied)\nChild: {}\n",
            v["child"].as_str().unwrap_or("none")
        );
    }
    let mut out = format!(
        "Rev: {}{}\nParent: {}\n",
        s("revision"),
        if v["head"] == true { " (head)" } else { "" },
        v["down_revision"].as_str().unwrap_or("<base>")
    );
    if let Some(c) = v["child"].as_str() {
        out.push_str(&format!("Child: {c}\n"));
    }
    out.push_str(&format!(
        "Tree: {}\nFile: {}\nSHA-256: {}\n\n    {}\n\n",
        s("tree"),
        s("file"),
        s("sha256"),
        s("message")
    ));
    for (title, key) in [("Upgrade", "upgrade"), ("Downgrade", "downgrade")] {
        out.push_str(&format!("{title}:\n"));
        for st in v[key].as_array().into_iter().flatten() {
            let only = match st["dialects"].as_array() {
                Some(ds) => format!(
                    "  [{}]",
                    ds.iter()
                        .filter_map(|d| d.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                None => String::new(),
            };
            out.push_str(&format!("  {}{only}\n", st["op"].as_str().unwrap_or("")));
        }
    }
    out
}
