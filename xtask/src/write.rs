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

/// Makes `dir` hold exactly `files`: changed files are first staged in a temporary folder
/// inside `dir`, then renamed into place, so a failure before the renames leaves `dir` as
/// it was. Returns how many files changed (written or removed).
pub fn write_tree(dir: &Path, files: &BTreeMap<String, String>) -> Result<usize, String> {
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
    let stage = || -> Result<(), String> {
        for (rel, text) in &changed {
            let path = staging.join(rel);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
        Ok(())
    };
    if let Err(e) = stage() {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(format!("{e}; nothing was changed"));
    }
    let result = (|| -> Result<(), String> {
        for (rel, _) in &changed {
            let to = dir.join(rel);
            if let Some(parent) = to.parent() {
                std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
            }
            std::fs::rename(staging.join(rel), &to).map_err(|e| format!("cannot move {} into place: {e}", to.display()))?;
        }
        for rel in &stale {
            std::fs::remove_file(dir.join(rel)).map_err(|e| format!("cannot remove stale {rel}: {e}"))?;
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&staging);
    result?;
    Ok(changed.len() + stale.len())
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
