// Dijkstra's shortest paths with a PriorityQueue of (distance, node) over a
// graph of 60 nodes and random weighted edges from a seeded Random, lazy
// deletion of stale queue entries, paths rebuilt from predecessors, and a
// check against Bellman-Ford on the same graph.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

public class prog_dijkstra {
    static final class Edge {
        final int to;
        final int w;

        Edge(int to, int w) {
            this.to = to;
            this.w = w;
        }
    }

    static final class Entry implements Comparable<Entry> {
        final long dist;
        final int node;

        Entry(long dist, int node) {
            this.dist = dist;
            this.node = node;
        }

        public int compareTo(Entry o) {
            return dist != o.dist ? Long.compare(dist, o.dist) : Integer.compare(node, o.node);
        }
    }

    static final long INF = Long.MAX_VALUE / 4;

    public static void main(String[] args) {
        int n = 60;
        Random r = new Random(31337);
        List<List<Edge>> g = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            g.add(new ArrayList<>());
        }
        int edges = 0;
        for (int i = 0; i < n; i++) {
            int k = 1 + r.nextInt(4);
            for (int j = 0; j < k; j++) {
                int to = r.nextInt(n);
                if (to != i) {
                    g.get(i).add(new Edge(to, 1 + r.nextInt(100)));
                    edges++;
                }
            }
            if (i + 1 < n && r.nextInt(3) == 0) {
                g.get(i).add(new Edge(i + 1, 50 + r.nextInt(50)));
                edges++;
            }
        }
        long[] dist = new long[n];
        int[] prev = new int[n];
        Arrays.fill(dist, INF);
        Arrays.fill(prev, -1);
        dist[0] = 0;
        PriorityQueue<Entry> pq = new PriorityQueue<>();
        pq.add(new Entry(0, 0));
        int pops = 0, stale = 0;
        while (!pq.isEmpty()) {
            Entry e = pq.poll();
            pops++;
            if (e.dist > dist[e.node]) {
                stale++;
                continue;
            }
            for (Edge ed : g.get(e.node)) {
                long nd = e.dist + ed.w;
                if (nd < dist[ed.to]) {
                    dist[ed.to] = nd;
                    prev[ed.to] = e.node;
                    pq.add(new Entry(nd, ed.to));
                }
            }
        }
        System.out.println("nodes " + n + " edges " + edges + " pops " + pops + " stale " + stale);
        int reachable = 0;
        long total = 0;
        for (int i = 0; i < n; i++) {
            if (dist[i] < INF) {
                reachable++;
                total += dist[i];
            }
        }
        System.out.println("reachable " + reachable + " total distance " + total);
        for (int t : new int[] {1, 17, 30, 45, 59}) {
            if (dist[t] >= INF) {
                System.out.println("0 -> " + t + ": unreachable");
                continue;
            }
            List<Integer> path = new ArrayList<>();
            for (int v = t; v != -1; v = prev[v]) {
                path.add(v);
            }
            Collections.reverse(path);
            System.out.println("0 -> " + t + ": " + dist[t] + " via " + path);
        }
        long[] bf = new long[n];
        Arrays.fill(bf, INF);
        bf[0] = 0;
        for (int round = 0; round < n - 1; round++) {
            boolean changed = false;
            for (int u = 0; u < n; u++) {
                if (bf[u] >= INF) {
                    continue;
                }
                for (Edge ed : g.get(u)) {
                    if (bf[u] + ed.w < bf[ed.to]) {
                        bf[ed.to] = bf[u] + ed.w;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        System.out.println("Bellman-Ford agrees: " + Arrays.equals(dist, bf));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(dist[i] >= INF ? "-" : Long.toString(dist[i])).append(' ');
        }
        System.out.println(sb.toString().trim());
    }
}
