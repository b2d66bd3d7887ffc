//! Writing a generated tree: only changed files, all or nothing; and comparing one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Files under `dir` (relative, `/`-separated), skipping build output.
fn existing_files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(dir.join(&rel)) else { continue };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name == "target" || name.starts_with(".tmp-") || name == "Cargo.lock" {
                continue;
            }
            let path = rel.join(&name);
            if e.file_type().map(|t| t.is_dir()).unwrap_or(false) {
                stack.push(path);
            } else {
                out.push(path.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

/// Makes `dir` hold exactly `files`, all or nothing: changed files are first staged in a
/// temporary folder inside `dir`; then each file they replace (and each stale file) is
/// moved aside into that folder before the new one is renamed into place. If any step
/// fails, every step done so far is undone, so `dir` is left as it was. Returns how many
/// files changed (written or removed).
pub fn write_tree(dir: &Path, files: &BTreeMap<String, String>) -> Result<usize, String> {
    let dir_existed = dir.exists();
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let changed: Vec<(&String, &String)> = files
        .iter()
        .filter(|(rel, text)| std::fs::read(dir.join(rel)).map(|old| old != text.as_bytes()).unwrap_or(true))
        .collect();
    let stale: Vec<String> = existing_files(dir).into_iter().filter(|f| !files.contains_key(f)).collect();
    if changed.is_empty() && stale.is_empty() {
        return Ok(0);
    }
    let staging = dir.join(format!(".tmp-{}", std::process::id()));
    let new_dir = staging.join("new");
    let old_dir = staging.join("old");
    let stage = || -> Result<(), String> {
        for (rel, text) in &changed {
            let path = new_dir.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
        Ok(())
    };
    let cleanup = || {
        let _ = std::fs::remove_dir_all(&staging);
        if !dir_existed {
            let _ = std::fs::remove_dir(dir);
        }
    };
    if let Err(e) = stage() {
        cleanup();
        return Err(format!("{e}; nothing was changed"));
    }
    let mut journal = Journal::default();
    let result = (|| -> Result<(), String> {
        for (rel, _) in &changed {
            let to = dir.join(rel);
            journal.set_aside(&to, &old_dir.join(rel))?;
            journal.create_parents(dir, rel)?;
            std::fs::rename(new_dir.join(rel), &to)
                .map_err(|e| format!("cannot move {} into place: {e}", to.display()))?;
            journal.steps.push(Step::Placed(to));
        }
        for rel in &stale {
            journal
                .set_aside(&dir.join(rel), &old_dir.join(rel))
                .map_err(|e| format!("cannot remove stale {rel}: {e}"))?;
        }
        Ok(())
    })();
    if let Err(e) = result {
        let undo = journal.undo();
        cleanup();
        return Err(match undo {
            Ok(()) => format!("{e}; nothing was changed"),
            Err(u) => format!("{e}; undoing the files already written failed too: {u}"),
        });
    }
    // Folders left empty by removed stale files go too.
    for rel in &stale {
        let mut parent = Path::new(rel).parent();
        while let Some(p) = parent.filter(|p| !p.as_os_str().is_empty()) {
            if std::fs::remove_dir(dir.join(p)).is_err() {
                break;
            }
            parent = p.parent();
        }
    }
    let _ = std::fs::remove_dir_all(&staging);
    Ok(changed.len() + stale.len())
}

/// What `write_tree` did to the output folder, to undo it on failure.
#[derive(Default)]
struct Journal {
    steps: Vec<Step>,
}

enum Step {
    /// A folder that did not exist.
    Created(PathBuf),
    /// A file moved aside: (original place, where it is now).
    SetAside(PathBuf, PathBuf),
    /// A new file put in place.
    Placed(PathBuf),
}

impl Journal {
    /// Moves an existing file out of the way (a missing one is fine).
    fn set_aside(&mut self, path: &Path, aside: &Path) -> Result<(), String> {
        if std::fs::symlink_metadata(path).is_err() {
            return Ok(());
        }
        if let Some(parent) = aside.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::rename(path, aside).map_err(|e| format!("cannot move {} aside: {e}", path.display()))?;
        self.steps.push(Step::SetAside(path.to_path_buf(), aside.to_path_buf()));
        Ok(())
    }

    /// Creates the folders `rel` needs inside `dir`, remembering which were new.
    fn create_parents(&mut self, dir: &Path, rel: &str) -> Result<(), String> {
        let mut missing = Vec::new();
        let mut p = Path::new(rel).parent();
        while let Some(parent) = p.filter(|p| !p.as_os_str().is_empty()) {
            let full = dir.join(parent);
            if full.exists() {
                break;
            }
            missing.push(full);
            p = parent.parent();
        }
        for folder in missing.into_iter().rev() {
            std::fs::create_dir(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
            self.steps.push(Step::Created(folder));
        }
        Ok(())
    }

    /// Undoes every step, newest first.
    fn undo(self) -> Result<(), String> {
        let mut first_error = None;
        for step in self.steps.into_iter().rev() {
            let r = match &step {
                Step::Placed(p) => std::fs::remove_file(p),
                Step::SetAside(orig, aside) => std::fs::rename(aside, orig),
                Step::Created(folder) => std::fs::remove_dir(folder),
            };
            if let (Err(e), None) = (r, &first_error) {
                first_error = Some(e.to_string());
            }
        }
        first_error.map_or(Ok(()), Err)
    }
}

/// A readable diff for every file of `dir` that differs from `files`.
pub fn diff_tree(dir: &Path, files: &BTreeMap<String, String>) -> Vec<String> {
    let mut out = Vec::new();
    for (rel, text) in files {
        let path = dir.join(rel);
        match std::fs::read_to_string(&path) {
            Ok(old) if &old == text => {}
            Ok(old) => {
                let diff = similar::TextDiff::from_lines(&old, text);
                let shown = diff
                    .unified_diff()
                    .context_radius(3)
                    .header(&format!("generated/{rel} (on disk)"), &format!("generated/{rel} (from specs)"))
                    .to_string();
                out.push(format!("stale: generated/{rel}\n{shown}"));
            }
            Err(_) => out.push(format!("missing: generated/{rel}")),
        }
    }
    for rel in existing_files(dir) {
        if !files.contains_key(&rel) {
            out.push(format!("extra: generated/{rel} (not produced by any spec)"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-write-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    fn tree(entries: &[(&str, &str)]) -> BTreeMap<String, String> {
        entries.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn only_changed_files_are_written_and_stale_ones_removed() {
        let dir = scratch("write");
        let first = tree(&[("Cargo.toml", "a\n"), ("src/lib.rs", "b\n"), ("src/old.rs", "c\n")]);
        assert_eq!(write_tree(&dir, &first).unwrap(), 3);
        let kept = std::fs::metadata(dir.join("Cargo.toml")).unwrap().modified().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        let second = tree(&[("Cargo.toml", "a\n"), ("src/lib.rs", "b2\n")]);
        // lib.rs rewritten, old.rs removed, Cargo.toml untouched.
        assert_eq!(write_tree(&dir, &second).unwrap(), 2);
        assert_eq!(std::fs::metadata(dir.join("Cargo.toml")).unwrap().modified().unwrap(), kept);
        assert_eq!(std::fs::read_to_string(dir.join("src/lib.rs")).unwrap(), "b2\n");
        assert!(!dir.join("src/old.rs").exists());
        assert_eq!(write_tree(&dir, &second).unwrap(), 0);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_hand_edited_file_is_reported_with_a_diff() {
        let dir = scratch("diff");
        let files = tree(&[("src/lib.rs", "fn a() {}\nfn b() {}\n"), ("src/x.rs", "x\n")]);
        write_tree(&dir, &files).unwrap();
        assert!(diff_tree(&dir, &files).is_empty());
        std::fs::write(dir.join("src/lib.rs"), "fn a() {}\nfn b() { edited() }\n").unwrap();
        std::fs::remove_file(dir.join("src/x.rs")).unwrap();
        std::fs::write(dir.join("src/extra.rs"), "y\n").unwrap();
        let report = diff_tree(&dir, &files);
        assert_eq!(report.len(), 3, "{report:?}");
        assert!(report[0].starts_with("stale: generated/src/lib.rs"), "{}", report[0]);
        assert!(report[0].contains("-fn b() { edited() }") && report[0].contains("+fn b() {}"), "{}", report[0]);
        assert_eq!(report[1], "missing: generated/src/x.rs");
        assert!(report[2].starts_with("extra: generated/src/extra.rs"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
