//! What a script may build and how long it may run: a revision script is a few
//! dozen operations, so a string, a list or an amount of work far beyond any
//! Asterisk script is refused (an error naming its line) before it can exhaust
//! memory. Every statement run and every value an expression yields count against
//! one budget; a value counts its size (a string its characters, a list its items,
//! recursively), so doubling a string or a list, or looping over a large one,
//! reaches the bound after a bounded amount of memory and time.

use super::value::V;
use super::{err, Eval, R};

/// The longest string a script may build, in characters (bytes of UTF-8).
pub(super) const MAX_STRING: usize = 1 << 20;
/// The most items a list, tuple or dict may hold.
pub(super) const MAX_ITEMS: usize = 100_000;
/// How deep lists, tuples and dicts may nest (a list holding itself nests without end).
pub(super) const MAX_NESTING: usize = 32;
/// The budget of one evaluation: statements run plus the sizes of the values
/// expressions yield (Asterisk's largest script spends about 110,000).
pub(super) const MAX_WORK: u64 = 10_000_000;

impl Eval {
    /// One statement run.
    pub(super) fn step(&mut self, line: usize) -> R<()> {
        self.spend(1, line)
    }

    /// A value an expression yielded: refused when too large, else its size spent.
    pub(super) fn charge(&mut self, v: &V, line: usize) -> R<()> {
        let left = MAX_WORK.saturating_sub(self.work);
        let c = cost(v, 0, left).map_err(|m| (line, m))?;
        self.spend(c, line)
    }

    fn spend(&mut self, n: u64, line: usize) -> R<()> {
        self.work = self.work.saturating_add(n);
        if self.work > MAX_WORK {
            return err(
                line,
                format!(
                    "the script does more work than the evaluator allows ({MAX_WORK} steps and \
                     characters built); no Asterisk script comes near"
                ),
            );
        }
        Ok(())
    }
}

/// The size of `v`, at `depth` levels of nesting; stops counting past `left` (the
/// budget is exhausted either way).
fn cost(v: &V, depth: usize, left: u64) -> Result<u64, String> {
    if depth > MAX_NESTING {
        return Err(format!(
            "values nested more than {MAX_NESTING} levels deep (a list holding itself?)"
        ));
    }
    let items = |n: usize, what: &str| {
        if n > MAX_ITEMS {
            Err(format!(
                "a {what} of {n} items: more than the {MAX_ITEMS} the evaluator allows"
            ))
        } else {
            Ok(())
        }
    };
    let mut sum = 1u64;
    let add = |x: &V, sum: &mut u64| -> Result<bool, String> {
        *sum = sum.saturating_add(cost(x, depth + 1, left.saturating_sub(*sum))?);
        Ok(*sum > left)
    };
    match v {
        V::Str(s) => {
            if s.len() > MAX_STRING {
                return Err(format!(
                    "a string of {} characters: more than the {MAX_STRING} the evaluator allows",
                    s.len()
                ));
            }
            sum += s.len() as u64;
        }
        V::List(l) => {
            let l = l.borrow();
            items(l.len(), "list")?;
            for x in l.iter() {
                if add(x, &mut sum)? {
                    break;
                }
            }
        }
        V::Tuple(t) => {
            items(t.len(), "tuple")?;
            for x in t.iter() {
                if add(x, &mut sum)? {
                    break;
                }
            }
        }
        V::Dict(d) => {
            let d = d.borrow();
            items(d.len(), "dict")?;
            for (k, x) in d.iter() {
                if add(k, &mut sum)? || add(x, &mut sum)? {
                    break;
                }
            }
        }
        V::Method(recv, _) => sum = sum.saturating_add(cost(recv, depth + 1, left)?),
        _ => {}
    }
    Ok(sum)
}
