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
import gui;

var COLS = 24; var ROWS = 18; var CELL = 20;
var BOARD = 0x1E2530; var BOARD2 = 0x222A36;           // the checks
var BODY = 0x2FA572; var HEAD = 0x4CC38A; var FOOD = 0xE5484D;
var START_MS = 150; var FASTEST_MS = 80;

class Snake extends App {
    var win; var board; var scoreLabel; var bestLabel; var status;
    var cells;    // the snake, tail first: cell numbers y * COLS + x
    var dx; var dy; var turns;   // the direction, and turns typed ahead
    var food; var score; var best; var state;   // "ready" "running" "paused" "over"
    var timer; var speed;

    def start() {
        best = 0; timer = null;
        win = new Window("Snake", 250, 80, 500, 440);
        scoreLabel = new Label("", 12, 8, 140, 28);
        scoreLabel.setFont("sans-bold", 18);
        win.add(scoreLabel);
        bestLabel = new Label("", 150, 8, 200, 28);
        bestLabel.setColor(Desk.theme("textDim"));
        win.add(bestLabel);
        var again = new Button("New game", 378, 6, 112, 30);
        again.onClick(fn() { win.setFocus(null); newGame(); });
        win.add(again);
        board = new Canvas(10, 44, COLS * CELL, ROWS * CELL);
        win.add(board);
        status = new Label("", 10, 408, 480, 26);
        status.setColor(Desk.theme("textDim"));
        status.setAlign("center");
        win.add(status);
        win.onKey(fn(ev) { key(ev); });
        win.onClose(fn() { halt(); return true; });
        newGame();
        win.show();
    }

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

    def cellX(c) { return c % COLS * CELL; }
    def cellY(c) { return c / COLS * CELL; }

    def drawGround(c) { ground(c); show(c); }
    def drawBody(c) {
        ground(c);
        board.surface().roundRect(cellX(c) + 1, cellY(c) + 1, CELL - 2, CELL - 2, 5, BODY);
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
        board.surface().fill(cellX(c), cellY(c), CELL, CELL, col);
    }
    def show(c) { board.__show(cellX(c), cellY(c), CELL, CELL); }

    // Everything, and the words over it when the game is not running.
    def drawBoard() {
        var s = board.surface();
        s.clear(BOARD);
        for (var y = 0; y < ROWS; y += 1) {
            for (var x = (y + 1) % 2; x < COLS; x += 2) { s.fill(x * CELL, y * CELL, CELL, CELL, BOARD2); }
        }
        if (food >= 0) { drawFoodOnly(food); }
        for (var i = 0; i < cells.length() - 1; i += 1) {
            s.roundRect(cellX(cells[i]) + 1, cellY(cells[i]) + 1, CELL - 2, CELL - 2, 5, BODY);
        }
        drawHeadOnly();
        if (state == "over") { banner("Game over", "Score " + score + "  ·  Space plays again"); }
        else if (state == "paused") { banner("Paused", "Press P to go on"); }
        else if (state == "ready") { banner("Snake", "Press an arrow key to start"); }
        board.repaint();
    }
    def drawFoodOnly(c) {
        var s = board.surface();
        var x = cellX(c); var y = cellY(c);
        s.roundRect(x + 3, y + 4, CELL - 6, CELL - 6, 7, FOOD);
        s.roundRect(x + 6, y + 7, 4, 4, 2, 0x60FFFFFF);
        s.fill(x + 9, y + 1, 2, 4, 0x6B4F2A);
        s.roundRect(x + 11, y + 1, 5, 3, 1, 0x43A047);
    }
    def drawHeadOnly() {
        var c = head();
        var s = board.surface();
        var x = cellX(c); var y = cellY(c);
        s.roundRect(x + 1, y + 1, CELL - 2, CELL - 2, 6, HEAD);
        var ex = x + 8 + dx * 4; var ey = y + 8 + dy * 4;
        var px = dy * 5; var py = dx * 5;
        s.roundRect(ex - px - 2, ey - py - 2, 5, 5, 2, 0xFFFFFF);
        s.roundRect(ex + px - 2, ey + py - 2, 5, 5, 2, 0xFFFFFF);
        s.fill(ex - px + dx, ey - py + dy, 2, 2, 0x10141A);
        s.fill(ex + px + dx, ey + py + dy, 2, 2, 0x10141A);
    }
    // A dimmed band across the board with a title and a line under it.
    def banner(title, line) {
        var s = board.surface();
        var w = COLS * CELL; var h = ROWS * CELL;
        s.fill(0, h / 2 - 56, w, 104, 0xB0101419);
        var big = Font.get("sans-bold", 30);
        var small = Font.get("sans", 15);
        s.text((w - big.measure(title)) / 2, h / 2 - 44, title, big, 0xFFFFFF);
        s.text((w - small.measure(line)) / 2, h / 2 + 6, line, small, 0xD8DCE3);
    }
}
