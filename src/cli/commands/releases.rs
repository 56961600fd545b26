//! `releases`: every known Asterisk release and where its scripts end, per tree, as
//! an aligned table (one column per tree; `--tree` keeps one); a filter keeps the
//! releases whose name starts with it. Which revisions a release branch made its
//! own way is shown with `-v` (and always in JSON).

use serde_json::json;

use crate::cli::commands::Ctx;
use crate::definitions::releases;
use crate::definitions::revision::Tree;
use crate::error::Error;
use crate::say;

pub fn run(ctx: &mut Ctx<'_>, filter: Option<&str>) -> Result<i32, Error> {
    let style = ctx.style;
    let all = releases::all()?;
    let trees: Vec<Tree> = match ctx.g.tree.as_deref() {
        Some("all") | None => Tree::all().collect(),
        Some(name) => vec![Tree::named(name)?],
    };
    let chosen: Vec<_> = all
        .iter()
        .filter(|r| {
            filter.is_none_or(|f| {
                r.name == f
                    || r.name.starts_with(&format!("{f}."))
                    || r.name.starts_with(&format!("{f}-"))
                    || (f.ends_with(['.', '-']) && r.name.starts_with(f))
            })
        })
        .collect();
    if chosen.is_empty() {
        if let Some(f) = filter {
            return Err(Error::Config(format!(
                "no known Asterisk release matches {f:?} (`ast-schema releases` lists them)"
            )));
        }
    }
    if style.chatty() {
        let mut head = format!("{:<22}", "release");
        for t in &trees {
            head.push_str(&format!(" {:<13}", t.name));
        }
        say!("{}", head.trim_end());
    }
    let mut list = Vec::new();
    for r in chosen {
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
                heads.push(head.to_string());
                entry[t.name] = json!({ "head": head, "chain": items });
            } else {
                heads.push("-".to_string());
            }
        }
        let variants: Vec<&str> = trees
            .iter()
            .filter_map(|t| r.items(t.name))
            .flat_map(|items| items.iter().filter(|i| i.contains('@')).map(String::as_str))
            .collect();
        if style.chatty() {
            let mut line = format!("{:<22}", r.name);
            for h in &heads {
                line.push_str(&format!(" {h:<13}"));
            }
            let mut line = line.trim_end().to_string();
            if style.verbose && !variants.is_empty() {
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
