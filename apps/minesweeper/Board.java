// Board.java - Minesweeper's game, without the screen: where the mines
// are, what the player opened and flagged, won or lost. Minesweeper draws
// it; a throwaway main can play it with the real JVM.
//
// Cells are numbered row * cols + col. Invariants: the mines are laid on
// the first open(), never on that cell nor (when there is room) round it;
// opened counts the OPEN cells that are not mines, flags the FLAGGED ones;
// the game is WON exactly when opened == cols * rows - mines, and then
// every mine is flagged; LOST when a mine was opened (exploded), and no
// cell changes after either. changed lists the cells whose look the last
// move changed (every cell on a win or a loss), for a partial redraw.
import java.util.Random;

final class Board {
    static final int PLAYING = 0, WON = 1, LOST = 2;       // result()
    static final int HIDDEN = 0, FLAGGED = 1, OPEN = 2;    // state(c)

    final int cols, rows, mines;
    private final boolean[] mine;
    private final int[] near;     // mines round each cell, once laid
    private final int[] state;
    private final int[] changed;  // cells changed by the last move, nChanged of them
    private int nChanged;
    private final int[] todo;     // the flood fill's stack
    private boolean laid;
    private int opened, flags, result, exploded;

    Board(int cols, int rows, int mines) {
        if (cols < 1 || rows < 1 || mines < 1 || mines >= cols * rows) {
            throw new IllegalArgumentException("bad board " + cols + "x" + rows + " with " + mines + " mines");
        }
        this.cols = cols;
        this.rows = rows;
        this.mines = mines;
        int n = cols * rows;
        mine = new boolean[n];
        near = new int[n];
        state = new int[n];
        changed = new int[n];
        todo = new int[n];
        exploded = -1;
        result = PLAYING;
    }

    int cells() { return cols * rows; }
    int state(int c) { return state[c]; }
    boolean mine(int c) { return mine[c]; }
    /** The mines round c (0 to 8). */
    int near(int c) { return near[c]; }
    int result() { return result; }
    /** The mine that was opened (LOST), else -1. */
    int exploded() { return exploded; }
    /** Has the first cell been opened (the mines laid)? */
    boolean started() { return laid; }
    /** Mines less flags: may go below 0. */
    int minesLeft() { return mines - flags; }
    int opened() { return opened; }
    int changedCount() { return nChanged; }
    int changed(int k) { return changed[k]; }

    /**
     * Left click on c: opens a hidden cell (a zero opens its neighbours,
     * and theirs ...); on an open number with as many flags round it,
     * opens the other neighbours ("chording"). The first open lays the
     * mines with rnd. Returns whether anything changed.
     */
    boolean open(int c, Random rnd) {
        nChanged = 0;
        if (result != PLAYING || state[c] == FLAGGED) {
            return false;
        }
        if (state[c] == OPEN) {
            chord(c);
        } else {
            if (!laid) {
                lay(c, rnd);
            }
            reveal(c);
        }
        if (result == PLAYING && opened == cells() - mines) {
            win();
        }
        return nChanged > 0;
    }

    /** Right click on c: a hidden cell gets a flag, a flagged one loses it. */
    boolean toggleFlag(int c) {
        nChanged = 0;
        if (result != PLAYING || state[c] == OPEN) {
            return false;
        }
        if (state[c] == FLAGGED) {
            state[c] = HIDDEN;
            flags--;
        } else {
            state[c] = FLAGGED;
            flags++;
        }
        changed[nChanged++] = c;
        return true;
    }

    /** The neighbours of c (3 to 8 of them) into out; returns how many. */
    int neighbours(int c, int[] out) {
        int x = c % cols, y = c / cols, n = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx, ny = y + dy;
                if ((dx != 0 || dy != 0) && nx >= 0 && ny >= 0 && nx < cols && ny < rows) {
                    out[n++] = ny * cols + nx;
                }
            }
        }
        return n;
    }

    // The mines, anywhere but on safe and (when the rest has room) round it.
    private void lay(int safe, Random rnd) {
        int n = cells();
        boolean[] keep = new boolean[n];
        keep[safe] = true;
        int[] nb = new int[8];
        int k = neighbours(safe, nb);
        if (n - 1 - k >= mines) {
            for (int i = 0; i < k; i++) {
                keep[nb[i]] = true;
            }
        }
        int[] free = new int[n];
        int nf = 0;
        for (int c = 0; c < n; c++) {
            if (!keep[c]) {
                free[nf++] = c;
            }
        }
        for (int i = 0; i < mines; i++) { // a partial Fisher-Yates shuffle
            int j = i + rnd.nextInt(nf - i);
            int t = free[i];
            free[i] = free[j];
            free[j] = t;
            mine[free[i]] = true;
        }
        for (int c = 0; c < n; c++) {
            k = neighbours(c, nb);
            for (int i = 0; i < k; i++) {
                if (mine[nb[i]]) {
                    near[c]++;
                }
            }
        }
        laid = true;
    }

    // Opens hidden cell c: a mine loses; a zero opens the region of zeros
    // round it and their numbered edge (flags stay).
    private void reveal(int c) {
        if (state[c] != HIDDEN) {
            return;
        }
        if (mine[c]) {
            lose(c);
            return;
        }
        int[] nb = new int[8];
        int top = 0;
        state[c] = OPEN;
        opened++;
        changed[nChanged++] = c;
        todo[top++] = c;
        while (top > 0) {
            int z = todo[--top];
            if (near[z] != 0) {
                continue;
            }
            int k = neighbours(z, nb);
            for (int i = 0; i < k; i++) {
                int m = nb[i];
                if (state[m] == HIDDEN) { // never a mine: z has none round it
                    state[m] = OPEN;
                    opened++;
                    changed[nChanged++] = m;
                    todo[top++] = m;
                }
            }
        }
    }

    // An open number with as many flags round it: its other hidden
    // neighbours open (a wrong flag loses).
    private void chord(int c) {
        int[] nb = new int[8];
        int k = neighbours(c, nb);
        int f = 0;
        for (int i = 0; i < k; i++) {
            if (state[nb[i]] == FLAGGED) {
                f++;
            }
        }
        if (near[c] == 0 || f != near[c]) {
            return;
        }
        for (int i = 0; i < k && result == PLAYING; i++) {
            reveal(nb[i]);
        }
    }

    private void lose(int c) {
        result = LOST;
        exploded = c;
        state[c] = OPEN;
        all();
    }

    private void win() {
        result = WON;
        for (int c = 0; c < cells(); c++) {
            if (mine[c] && state[c] != FLAGGED) {
                state[c] = FLAGGED;
                flags++;
            }
        }
        all();
    }

    private void all() {
        nChanged = 0;
        for (int c = 0; c < cells(); c++) {
            changed[nChanged++] = c;
        }
    }
}
