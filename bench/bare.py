"""The benchmark's baseline: a bare PySide6 script that shows a QTableView of one
page of cases read with plain sqlite3, prints its start-up time and peak memory
at the first paint, and exits. It imports nothing of the application.

    python bench/bare.py DB_FILE SQL [SCROLL_SQL SEARCH_SQL]

With SCROLL_SQL and SEARCH_SQL (the memory figure), after the first paint it appends
the rows of SCROLL_SQL to its model 100 at a time, scrolling to and painting each
page, then runs SEARCH_SQL (an FTS count and first page) once, and reports then.
"""

import json
import os
import sqlite3
import sys
import time


def process_age():  # seconds since this process started (Linux), else None
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def peak_rss_kb() -> int:
    """This process's peak resident set in KB, from /proc where there is one.

    Not getrusage's ru_maxrss: on Linux it survives fork and exec, so a child of the
    bench (a large process) reported the bench's own peak whenever it was higher."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def main() -> None:
    db, sql = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication(sys.argv[:1])
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    cur = conn.execute(sql)
    names = [d[0] for d in cur.description]
    rows = cur.fetchall()
    model = QStandardItemModel(len(rows), len(names))
    model.setHorizontalHeaderLabels(names)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem("" if value is None else str(value)))
    view = QTableView()
    view.setModel(model)
    view.resize(1440, 900)

    def work() -> None:
        if len(sys.argv) > 4:
            scroll = conn.execute(sys.argv[3])
            while True:
                chunk = scroll.fetchmany(100)
                if not chunk:
                    break
                base = model.rowCount()
                model.setRowCount(base + len(chunk))
                for r, row in enumerate(chunk, base):
                    for c, value in enumerate(row):
                        model.setItem(r, c, QStandardItem("" if value is None else str(value)))
                view.scrollTo(model.index(base, 0))
                view.viewport().repaint()
                app.processEvents()
            conn.execute(sys.argv[4]).fetchall()
        report()

    def report() -> None:
        sys.stdout.write(json.dumps({"elapsed_s": process_age(), "peak_rss_kb": peak_rss_kb(),
                                     "clock": time.time(), "rows": len(rows)}) + "\n")
        sys.stdout.flush()
        os._exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, work)
            return False

    spy = FirstPaint()
    view.viewport().installEventFilter(spy)
    view.show()
    app.exec()


if __name__ == "__main__":
    main()
