// Minesweeper.java - Minesweeper, a Java app: 9 x 9 cells, 10 mines. A
// left click opens a cell (a zero opens its neighbours; the first click
// is never a mine), a right click flags one, a left or middle click on a
// number with its flags all placed opens the rest round it. The clock
// starts with the first click; F2 or New game starts again.
//
// The game is the Board in a field, the clock a field counted by a Timer:
// after a power cut the game goes on where it was, clock included (the
// world's clock continues from the snapshot). A move redraws only the
// cells it changed, in one batch. Resizing centres the board and draws it
// with the largest whole cell size that fits (never below CELL).
import java.util.Random;
import phantom.gui.App;
import phantom.gui.Button;
import phantom.gui.Canvas;
import phantom.gui.Event;
import phantom.gui.Font;
import phantom.gui.Label;
import phantom.gui.Theme;
import phantom.gui.Timer;
import phantom.gui.Window;

public class Minesweeper extends App {
    static final int COLS = 9, ROWS = 9, MINES = 10;
    static final int CELL = 28;            // a cell's side at first (and the smallest)
    static final int W = 300, H = 360;     // the client area at first: the smallest layout

    static final int GRID = 0xB4BCC8;      // the lines between cells
    static final int FACE = 0xD5DBE4, LIGHT = 0xF8FAFC, SHADE = 0x939CAA; // a raised cell
    static final int GROUND = 0xECEFF3;    // an open cell
    static final int BOOM = 0xE5484D;      // the mine that went off, the flags, "Boom!"
    static final int INK = 0x2A2F3A;       // mines, the flag's pole
    static final int WIN = 0x2F8F5B;
    // 1 to 8 in the classic colours
    static final int[] NUMBER = { 0, 0x1F4BD8, 0x2E7D32, 0xD32F2F, 0x1A237E, 0x7B1F1F, 0x00838F, 0x1B1E25, 0x757575 };

    private Window win;
    private Label minesLabel, timeLabel, status;
    private Button again;
    private Canvas canvas;
    private Board board;
    private final Random rnd = new Random();
    private Timer clock;      // runs while a started game is being played
    private int seconds;
    private int cell = CELL;  // a cell's side now
    private int pressed = -1; // the cell the held left button shows pressed, or -1
    private int held;         // the button held over the board (Event.LEFT ...), or 0
    private Font numbers;     // numberFont(), at numbersPx
    private int numbersPx;

    @Override
    public void start() {
        win = new Window("Minesweeper", 420, 120, W, H);
        minesLabel = win.add(new Label(""));
        minesLabel.setFont("sans-bold", 15);
        timeLabel = win.add(new Label(""));
        timeLabel.setFont("sans-bold", 15);
        timeLabel.setAlign("right");
        again = win.add(new Button("New game"));
        again.onClick(() -> {
            win.setFocus(null);
            newGame();
        });
        canvas = win.add(new Canvas());
        canvas.onMouse(this::mouse);
        status = win.add(new Label(""));
        status.setAlign("center");
        layout(W, H);
        win.onResize(this::layout);
        win.onKey(e -> {
            if ("F2".equals(e.key())) {
                newGame();
            }
        });
        win.onClose(() -> {
            stopClock();
            return true;
        });
        newGame();
        win.show();
    }

    // ------------------------------------------------------------ layout

    // The widgets for a w x h client area: the board centred at the
    // largest cell size that fits, the row of counters and New game above
    // it, the status line under it. Smaller than at first, the window
    // shows the first layout, cut off.
    private void layout(int w, int h) {
        int cw = Math.max(w, W), ch = Math.max(h, H);
        int c = Math.max(CELL, Math.min((cw - 48) / COLS, (ch - 108) / ROWS));
        int bw = COLS * c + 1, bh = ROWS * c + 1;
        int bx = (cw - bw) / 2;
        int top = (ch - bh - 78) / 2;
        int rowX = bx - 12, rowW = bw + 24;
        minesLabel.setBounds(rowX, top, (rowW - 104) / 2, 30);
        timeLabel.setBounds(rowX + rowW - (rowW - 104) / 2, top, (rowW - 104) / 2, 30);
        again.setBounds(rowX + (rowW - 96) / 2, top, 96, 30);
        canvas.setBounds(bx, top + 42, bw, bh);
        status.setBounds(rowX, top + 42 + bh + 10, rowW, 24);
        if (c != cell || board == null) {
            cell = c;
            if (board != null) {
                drawBoard();
            }
        }
    }

    // ------------------------------------------------------------ the game

    private void newGame() {
        stopClock();
        board = new Board(COLS, ROWS, MINES);
        seconds = 0;
        pressed = -1;
        held = 0;
        drawBoard();
        labels();
    }

    private void stopClock() {
        if (clock != null) {
            clock.stop();
            clock = null;
        }
    }

    private void tick() {
        if (seconds < 999) {
            seconds++;
            labels();
        }
    }

    // A move was made: draw what it changed, start or stop the clock.
    private void moved() {
        if (board.result() == Board.PLAYING && board.started() && clock == null) {
            clock = new Timer(1000, this::tick);
        }
        if (board.result() != Board.PLAYING) {
            stopClock();
        }
        drawChanged();
        labels();
    }

    // Pointer events over the board, in its coordinates.
    private void mouse(Event e) {
        if (board.result() != Board.PLAYING) {
            return;
        }
        int c = cellAt(e.x(), e.y());
        if (e.is("down")) {
            held = e.button();
            if (held == Event.RIGHT) {
                if (c >= 0 && board.toggleFlag(c)) {
                    moved();
                }
            } else if (held == Event.LEFT) {
                press(c);
            } else if (held == Event.MIDDLE && c >= 0 && board.state(c) == Board.OPEN) {
                if (board.open(c, rnd)) {
                    moved();
                }
            }
        } else if (e.is("move") && held == Event.LEFT) {
            press(c);
        } else if (e.is("up") && e.button() == held) {
            int was = held;
            held = 0;
            if (was == Event.LEFT) {
                int p = pressed;
                press(-1);
                if (c >= 0 && (c == p || board.state(c) == Board.OPEN) && board.open(c, rnd)) {
                    moved();
                }
            }
        }
    }

    // The held left button is over cell c (-1: off the board): a hidden
    // cell there looks pressed, the one before looks raised again.
    private void press(int c) {
        if (c >= 0 && board.state(c) != Board.HIDDEN) {
            c = -1;
        }
        if (c == pressed) {
            return;
        }
        int old = pressed;
        pressed = c;
        if (old >= 0) {
            drawCell(old);
        }
        if (c >= 0) {
            drawCell(c);
        }
    }

    private int cellAt(int x, int y) {
        if (x < 0 || y < 0) {
            return -1;
        }
        int cx = x / cell, cy = y / cell;
        if (cx >= COLS || cy >= ROWS) {
            return -1;
        }
        return cy * COLS + cx;
    }

    private void labels() {
        minesLabel.setText("Mines " + board.minesLeft());
        timeLabel.setText("Time " + seconds);
        if (board.result() == Board.WON) {
            status.setColor(WIN);
            status.setText("You win! " + seconds + (seconds == 1 ? " second" : " seconds"));
        } else if (board.result() == Board.LOST) {
            status.setColor(BOOM);
            status.setText("Boom! New game (F2) plays again");
        } else {
            status.setColor(Theme.get("textDim"));
            status.setText("Left click opens \u00b7 right click flags");
        }
    }

    // ------------------------------------------------------------ drawing

    private void drawBoard() {
        canvas.beginBatch();
        canvas.clear(GRID);
        for (int c = 0; c < board.cells(); c++) {
            drawCell(c);
        }
        canvas.endBatch();
    }

    private void drawChanged() {
        canvas.beginBatch();
        for (int k = 0; k < board.changedCount(); k++) {
            drawCell(board.changed(k));
        }
        canvas.endBatch();
    }

    // The numbers' font at the cell size now: 16 px at CELL, even sizes.
    private Font numberFont() {
        int px = Math.max(cell * 8 / CELL, 8) * 2;
        if (numbers == null || numbersPx != px) {
            numbers = Font.get("sans-bold", px);
            numbersPx = px;
        }
        return numbers;
    }

    // A length of the design (at CELL) at the cell size now.
    private int sc(int n) { return n * cell / CELL; }

    // Cell c: inside the grid line above and left of it, s x s pixels.
    private void drawCell(int c) {
        int x = c % COLS * cell + 1, y = c / COLS * cell + 1, s = cell - 1;
        int st = board.state(c);
        boolean lost = board.result() == Board.LOST;
        if (st == Board.OPEN) {
            canvas.fillRect(x, y, s, s, c == board.exploded() ? BOOM : GROUND);
            if (board.mine(c)) {
                drawMine(x, y, s);
            } else if (board.near(c) > 0) {
                String t = String.valueOf(board.near(c));
                Font f = numberFont();
                canvas.text(x + (s - f.measure(t)) / 2, y + (s - f.height()) / 2, t, NUMBER[board.near(c)], f);
            }
            return;
        }
        if (lost && board.mine(c) && st == Board.HIDDEN) { // the mines the player missed
            canvas.fillRect(x, y, s, s, GROUND);
            drawMine(x, y, s);
            return;
        }
        if (c == pressed) {
            canvas.fillRect(x, y, s, s, GROUND);
            return;
        }
        int e = Math.max(2, sc(2));
        canvas.fillRect(x, y, s, s, FACE);
        canvas.fillRect(x, y, s, e, LIGHT);
        canvas.fillRect(x, y, e, s, LIGHT);
        canvas.fillRect(x, y + s - e, s, e, SHADE);
        canvas.fillRect(x + s - e, y, e, s, SHADE);
        if (st == Board.FLAGGED) {
            drawFlag(x, y, s);
            if (lost && !board.mine(c)) { // a wrong flag: crossed out
                int m = sc(5), t = Math.max(2, sc(2));
                int x0 = x + m, x1 = x + s - 1 - m - (t - 1), y0 = y + m, y1 = y + s - 1 - m;
                for (int d = 0; d < t; d++) {
                    canvas.line(x0 + d, y0, x1 + d, y1, BOOM);
                    canvas.line(x1 + d, y0, x0 + d, y1, BOOM);
                }
            }
        }
    }

    // A flag on a pole, on an s x s cell at x, y.
    private void drawFlag(int x, int y, int s) {
        int pole = Math.max(2, sc(2));
        int px = x + s / 2 + sc(2);
        int top = y + sc(6), bottom = y + s - sc(7);
        canvas.fillRect(px, top, pole, bottom - top, INK);
        canvas.fillRect(x + sc(8), bottom, s - 2 * sc(8) + sc(3), Math.max(2, sc(3)), INK);
        int th = sc(10), tw = sc(10); // the cloth: a triangle, its edge on the pole, its tip left
        for (int k = 0; k < th; k++) {
            int wk = tw * (th - Math.abs(2 * k - th + 1)) / th;
            canvas.fillRect(px - wk, top + k, wk, 1, BOOM);
        }
    }

    // A mine: a black ball with spikes and a glint, on an s x s cell at x, y.
    private void drawMine(int x, int y, int s) {
        int cx = x + s / 2, cy = y + s / 2, r = sc(7), spike = sc(10);
        canvas.fillRect(cx - spike, cy - 1, 2 * spike + 1, 2, INK);
        canvas.fillRect(cx - 1, cy - spike, 2, 2 * spike + 1, INK);
        int d = spike * 7 / 10;
        canvas.line(cx - d, cy - d, cx + d, cy + d, INK);
        canvas.line(cx - d, cy + d, cx + d, cy - d, INK);
        canvas.roundRect(cx - r, cy - r, 2 * r, 2 * r, r, INK);
        canvas.roundRect(cx - r / 2 - 1, cy - r / 2 - 1, Math.max(3, r / 2), Math.max(3, r / 2), Math.max(1, r / 4), 0xFFFFFF);
    }
}
