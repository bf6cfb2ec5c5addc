#!/usr/bin/env bash
# The house rules of CONTRIBUTING.md that a grep can check: layers include only what they may, no
# table name or SQL outside db/, nobody includes app/. Fails with each line that breaks one.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=0
report() { # rule, offending lines
    local rule=$1 lines=$2
    if [ -n "$lines" ]; then
        printf '%s\n' "$lines"
        echo "^ $rule"
        bad=$((bad + 1))
    fi
}
sources() { find "$@" -name '*.cpp' -o -name '*.h'; }

# The tables are named once, in db/store/RecordKind.cpp; no other layer may spell one.
mapfile -t tables < <(sed -n '/s_tables {/,/};/p' db/store/RecordKind.cpp | grep -oE '"[a-z_]+"' | tr -d '"')
[ ${#tables[@]} -gt 20 ] || { echo "could not read the table names from db/store/RecordKind.cpp"; exit 1; }
pattern="\"($(IFS='|'; echo "${tables[*]}"))\""
report "a table name outside db/: listen to RecordKinds, read through a repository" \
    "$(sources widgets app | xargs grep -nE "$pattern" | grep -vE "tr\\(\"[a-z_]+\"" | grep -v "// not a table" || true)"

# SQL is written in db/ only.
report "SQL outside db/: add a repository function" \
    "$(sources widgets app | xargs grep -nE 'QSqlQuery|QSqlDatabase|SqlSupport\.h|TransactionGuard\.h|\.connection\(\)' || true)"

# db/ never uses widgets; the edits layer (db/edits) may use QtGui for QUndoStack, nothing above.
widgets_headers='QWidget|QDialog|QApplication|QLabel|QLineEdit|QMessageBox|QPushButton|QComboBox|QSpinBox|QTableView|QTreeView|QBoxLayout|QHBoxLayout|QVBoxLayout|QFormLayout|QGridLayout|QScrollArea|QMenu|QMainWindow|QtWidgets'
report "db/ includes QtWidgets" "$(sources db | xargs grep -nE "#include <($widgets_headers)>" || true)"
report "the data layer includes QtGui: only db/edits may (for QUndoStack)" \
    "$(sources db | grep -v '^db/edits/' \
        | xargs grep -nE '#include <Q(UndoStack|UndoCommand|GuiApplication|Painter|Color|Font|Pixmap|Image)>' || true)"
# ... and knows nothing of the screens.
mapfile -t screens < <(find widgets -name '*.h' -printf '%f\n')
report "db/ includes a widgets/ header" \
    "$(sources db | xargs grep -nE "#include \"($(IFS='|'; echo "${screens[*]}"))\"" || true)"

# Nobody includes app/.
mapfile -t apps < <(find app -name '*.h' -printf '%f\n')
report "app/ is included: move what is shared into widgets/ or db/" \
    "$(sources db widgets tests bench | xargs grep -nE "#include \"($(IFS='|'; echo "${apps[*]}"))\"" || true)"

# No source file over 750 lines: split it by what it does.
report "a source file over 750 lines: split it by what it does" \
    "$(for f in $(sources app db widgets); do
        n=$(wc -l < "$f")
        [ "$n" -le 750 ] || echo "$f: $n lines"
    done)"

if [ "$bad" -gt 0 ]; then
    echo "$bad house rule(s) broken (see CONTRIBUTING.md)"
    exit 1
fi
echo "the house rules hold"
