//! `releases`: every known Asterisk release and where its scripts end, per tree.

use serde_json::json;

use crate::cli::commands::Ctx;
use crate::definitions::releases;
use crate::definitions::revision::Tree;
use crate::error::Error;
use crate::say;

pub fn run(ctx: &mut Ctx<'_>) -> Result<i32, Error> {
    let style = ctx.style;
    let all = releases::all()?;
    let trees: Vec<Tree> = Tree::all().collect();
    let mut list = Vec::new();
    for r in all {
        let mut heads = Vec::new();
        let mut entry = json!({ "name": r.name, "line": r.line, "certified": r.certified });
        for t in &trees {
            if let Some(items) = r.items(t.name) {
                let head = items
                    .last()
                    .map(|i| {
                        i.rsplit("..")
                            .next()
                            .unwrap_or(i)
                            .split('@')
                            .next()
                            .unwrap_or(i)
                    })
                    .unwrap_or("");
                heads.push(format!("{} {head}", t.name));
                entry[t.name] = json!({ "head": head, "chain": items });
            }
        }
        let variants: Vec<&str> = trees
            .iter()
            .filter_map(|t| r.items(t.name))
            .flat_map(|items| items.iter().filter(|i| i.contains('@')).map(String::as_str))
            .collect();
        if style.chatty() {
            let mut line = format!("{:<22} {}", r.name, heads.join("  "));
            if !variants.is_empty() {
                // `R@label`: the branch's own version of R, as first shipped in `label`.
                let ids: Vec<String> = variants
                    .iter()
                    .map(|v| match v.split_once('@') {
                        Some((id, label)) => format!("{id} as in {label}"),
                        None => v.to_string(),
                    })
                    .collect();
                line.push_str(&format!(
                    "  (the branch's own version of {})",
                    ids.join(", ")
                ));
            }
            say!("{line}");
        }
        list.push(entry);
    }
    ctx.doc.extra.push(("releases", json!(list)));
    Ok(0)
}
