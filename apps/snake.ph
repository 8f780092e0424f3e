// snake.ph - Snake: steer the snake with the arrow keys (or W A S D) to
// the food; each bite makes it longer, adds a point and, every five, makes
// it a little faster. Running into a wall or into itself ends the game;
// Space or Enter (or New game) starts another. P or Space pauses.
//
// The game is its fields: the snake's cells, its direction, the turns
// typed ahead, the food, the score. A Timer moves it one cell a step; it
// runs only while the game does, so a paused or ended game leaves the
// world idle. Each step repaints the three cells that changed. After a
// power cut the game goes on from the step it was at.
//
// The board is always COLS x ROWS cells; resizing or maximising the
// window changes only how large a cell is drawn (the largest whole size
// that fits, never below CELL) and where the board sits (centred, the
// score and New game above its left and right edges, the hint centred
// under it), then draws the board again from the game's fields. Every
// length of the drawing is scaled from CELL, so the first size draws
// exactly as it always did. The layout is fields too: it survives a
// power cut like the game.
import gui;

var COLS = 24; var ROWS = 18; var CELL = 20;    // CELL: the design's (and first) cell size
var W = 500; var H = 440;                        // the client area at first: the smallest layout
var BOARD = 0x1E2530; var BOARD2 = 0x222A36;           // the checks
var BODY = 0x2FA572; var HEAD = 0x4CC38A; var FOOD = 0xE5484D;
var START_MS = 150; var FASTEST_MS = 80;

class Snake extends App {
    var win; var board; var scoreLabel; var bestLabel; var status;
    var cells;    // the snake, tail first: cell numbers y * COLS + x
    var dx; var dy; var turns;   // the direction, and turns typed ahead
    var food; var score; var best; var state;   // "ready" "running" "paused" "over"
    var timer; var speed;
    var again; var cell;        // the New game button; the cell's side now (CELL at first)

    def start() {
        best = 0; timer = null;
        win = new Window("Snake", 250, 80, W, H);
        var r = rects(W, H);
        cell = r[5];
        scoreLabel = new Label("", r[0][0], r[0][1], r[0][2], r[0][3]);
        scoreLabel.setFont("sans-bold", 18);
        win.add(scoreLabel);
        bestLabel = new Label("", r[1][0], r[1][1], r[1][2], r[1][3]);
        bestLabel.setColor(Desk.theme("textDim"));
        win.add(bestLabel);
        again = new Button("New game", r[2][0], r[2][1], r[2][2], r[2][3]);
        again.onClick(fn() { win.setFocus(null); newGame(); });
        win.add(again);
        board = new Canvas(r[3][0], r[3][1], r[3][2], r[3][3]);
        win.add(board);
        status = new Label("", r[4][0], r[4][1], r[4][2], r[4][3]);
        status.setColor(Desk.theme("textDim"));
        status.setAlign("center");
        win.add(status);
        win.onKey(fn(ev) { key(ev); });
        win.onClose(fn() { halt(); return true; });
        win.onResize(fn(w, h) { layout(w, h); });
        newGame();
        win.show();
    }

    // ------------------------------------------------------------ layout

    // Where the score, the best score, New game, the board and the hint go
    // in a w x h client area, and the cell size: the board the largest
    // whole multiple of the grid that fits, the whole centred. Smaller
    // than at first, the window shows the first layout, cut off.
    def rects(w, h) {
        var cw = Math.max(w, W); var ch = Math.max(h, H);
        var c = Math.min((cw - 20) / COLS, (ch - 80) / ROWS);
        var bw = COLS * c; var bh = ROWS * c;
        var bx = (cw - bw) / 2; var top = (ch - bh - 80) / 2;
        return [[bx + 2, top + 8, 140, 28], [bx + 140, top + 8, 200, 28], [bx + bw - 112, top + 6, 112, 30],
                [bx, top + 44, bw, bh], [bx, top + bh + 48, bw, 26], c];
    }

    // The window was resized or maximised: the widgets move, and the board
    // is drawn again at the new cell size. The game itself (and its Timer)
    // does not notice.
    def layout(w, h) {
        var r = rects(w, h);
        var placed = [scoreLabel, bestLabel, again, board, status];
        for (var i = 0; i < placed.length(); i += 1) { placed[i].setBounds(r[i][0], r[i][1], r[i][2], r[i][3]); }
        if (r[5] != cell) { cell = r[5]; drawBoard(); }
    }

    // A length of the drawing's design (at CELL) at the cell size now.
    def sc(n) { return n * cell / CELL; }

    // ------------------------------------------------------------ the game

    def newGame() {
        halt();
        var y = ROWS - 5;   // below the banner
        cells = [y * COLS + 4, y * COLS + 5, y * COLS + 6, y * COLS + 7];
        dx = 1; dy = 0; turns = [];
        score = 0; speed = START_MS;
        state = "ready";
        placeFood();
        drawBoard();
        labels();
    }

    def play() { state = "running"; go(); labels(); }

    // The Timer: made on the app's thread (this is called from start() or a
    // key handler), at the current speed.
    def go() {
        halt();
        timer = new Timer(speed, fn() { step(); });
    }
    def halt() { if (timer != null) { timer.stop(); timer = null; } }

    def head() { return cells[cells.length() - 1]; }
    def has(c) {
        for (x in cells) { if (x == c) { return true; } }
        return false;
    }

    def placeFood() {
        var free = COLS * ROWS - cells.length();
        if (free <= 0) { food = -1; return; }
        var n = Math.random(free);
        for (var c = 0; c < COLS * ROWS; c += 1) {
            if (!has(c)) {
                if (n == 0) { food = c; return; }
                n -= 1;
            }
        }
    }

    // One move: a turn typed ahead, then a cell forward.
    def step() {
        if (state != "running") { halt(); return; }
        if (turns.length() > 0) {
            var t = turns[0]; turns.remove(0);
            dx = t[0]; dy = t[1];
        }
        var h = head();
        var x = h % COLS + dx; var y = h / COLS + dy;
        var next = y * COLS + x;
        var eats = next == food;
        if (x < 0 || y < 0 || x >= COLS || y >= ROWS || (has(next) && (eats || next != cells[0]))) {
            over();
            return;
        }
        var neck = h;
        cells.push(next);
        if (eats) {
            score += 1;
            if (score > best) { best = score; }
            placeFood();
            if (food >= 0) { drawFood(food); }
            labels();
            if (score % 5 == 0 && speed > FASTEST_MS) { speed -= 10; go(); }
        } else {
            var tail = cells[0]; cells.remove(0);
            if (tail != next) { drawGround(tail); }
        }
        drawBody(neck);
        drawHead();
    }

    def over() {
        state = "over";
        halt();
        drawBoard();
        labels();
    }

    def turn(tx, ty) {
        // against the last direction queued (or moving): no reversing
        var lx = dx; var ly = dy;
        if (turns.length() > 0) { var last = turns[turns.length() - 1]; lx = last[0]; ly = last[1]; }
        if ((tx == lx && ty == ly) || (tx == -lx && ty == -ly)) { return; }
        if (turns.length() < 3) { turns.push([tx, ty]); }
    }

    def key(ev) {
        if (ev.ctrl() || ev.alt()) { return; }
        var k = ev.key();
        var ch = ev.char();
        if (ch != null) { ch = ch.toLower(); }
        var d = null;
        if (k == "Up" || ch == "w") { d = [0, -1]; }
        if (k == "Down" || ch == "s") { d = [0, 1]; }
        if (k == "Left" || ch == "a") { d = [-1, 0]; }
        if (k == "Right" || ch == "d") { d = [1, 0]; }
        if (d != null) {
            if (state == "ready") {
                if (!(d[0] == -dx && d[1] == -dy)) { dx = d[0]; dy = d[1]; }
                play();
                drawBoard();
            } else if (state == "running") {
                turn(d[0], d[1]);
            } else if (state == "paused") {
                turn(d[0], d[1]);
                resume();
            }
            return;
        }
        if (k == "Enter" || k == " " || ch == "p") {
            if (state == "over") { if (ch != "p") { newGame(); } }
            else if (state == "running") { state = "paused"; halt(); drawBoard(); labels(); }
            else if (state == "paused") { resume(); }
            else if (state == "ready") { play(); drawBoard(); }
        }
    }
    def resume() { play(); drawBoard(); }

    // ------------------------------------------------------------ drawing

    def labels() {
        scoreLabel.setText("Score " + score);
        bestLabel.setText("Best " + best);
        var s = "Arrow keys or W A S D steer  ·  P pauses";
        if (state == "ready") { s = "Press an arrow key to start"; }
        if (state == "paused") { s = "Paused: P, Space or an arrow key goes on"; }
        if (state == "over") { s = "Game over: Space or Enter plays again"; }
        status.setText(s);
    }

    def cellX(c) { return c % COLS * cell; }
    def cellY(c) { return c / COLS * cell; }

    def drawGround(c) { ground(c); show(c); }
    def drawBody(c) {
        ground(c);
        piece(board.surface(), c);
        show(c);
    }
    def drawHead() {
        ground(head());
        drawHeadOnly();
        show(head());
    }
    def drawFood(c) {
        ground(c);
        drawFoodOnly(c);
        show(c);
    }
    def ground(c) {
        var col = BOARD;
        if ((c % COLS + c / COLS) % 2 == 1) { col = BOARD2; }
        board.surface().fill(cellX(c), cellY(c), cell, cell, col);
    }
    def show(c) { board.__show(cellX(c), cellY(c), cell, cell); }
    // A piece of the body on cell c.
    def piece(s, c) { s.roundRect(cellX(c) + sc(1), cellY(c) + sc(1), cell - 2 * sc(1), cell - 2 * sc(1), sc(5), BODY); }

    // Everything, and the words over it when the game is not running.
    def drawBoard() {
        var s = board.surface();
        s.clear(BOARD);
        for (var y = 0; y < ROWS; y += 1) {
            for (var x = (y + 1) % 2; x < COLS; x += 2) { s.fill(x * cell, y * cell, cell, cell, BOARD2); }
        }
        if (food >= 0) { drawFoodOnly(food); }
        for (var i = 0; i < cells.length() - 1; i += 1) { piece(s, cells[i]); }
        drawHeadOnly();
        if (state == "over") { banner("Game over", "Score " + score + "  ·  Space plays again"); }
        else if (state == "paused") { banner("Paused", "Press P to go on"); }
        else if (state == "ready") { banner("Snake", "Press an arrow key to start"); }
        board.repaint();
    }
    def drawFoodOnly(c) {
        var s = board.surface();
        var x = cellX(c); var y = cellY(c);
        s.roundRect(x + sc(3), y + sc(4), cell - 2 * sc(3), cell - 2 * sc(3), sc(7), FOOD);
        s.roundRect(x + sc(6), y + sc(7), sc(4), sc(4), sc(2), 0x60FFFFFF);
        s.fill(x + sc(9), y + sc(1), sc(2), sc(4), 0x6B4F2A);
        s.roundRect(x + sc(11), y + sc(1), sc(5), sc(3), sc(1), 0x43A047);
    }
    def drawHeadOnly() {
        var c = head();
        var s = board.surface();
        var x = cellX(c); var y = cellY(c);
        s.roundRect(x + sc(1), y + sc(1), cell - 2 * sc(1), cell - 2 * sc(1), sc(6), HEAD);
        var ex = x + sc(8) + dx * sc(4); var ey = y + sc(8) + dy * sc(4);
        var px = dy * sc(5); var py = dx * sc(5);
        var e = sc(2); var eye = sc(5); var pupil = sc(2);
        s.roundRect(ex - px - e, ey - py - e, eye, eye, e, 0xFFFFFF);
        s.roundRect(ex + px - e, ey + py - e, eye, eye, e, 0xFFFFFF);
        s.fill(ex - px + dx * sc(1), ey - py + dy * sc(1), pupil, pupil, 0x10141A);
        s.fill(ex + px + dx * sc(1), ey + py + dy * sc(1), pupil, pupil, 0x10141A);
    }
    // A dimmed band across the board with a title and a line under it.
    def banner(title, line) {
        var s = board.surface();
        var w = COLS * cell; var h = ROWS * cell;
        s.fill(0, h / 2 - sc(56), w, sc(104), 0xB0101419);
        var big = Font.get("sans-bold", sc(30));
        var small = Font.get("sans", sc(15));
        s.text((w - big.measure(title)) / 2, h / 2 - sc(44), title, big, 0xFFFFFF);
        s.text((w - small.measure(line)) / 2, h / 2 + sc(6), line, small, 0xD8DCE3);
    }
}
