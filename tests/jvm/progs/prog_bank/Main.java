// A bank simulation over several top-level classes (Account, Bank, the
// exceptions, Transaction) in one directory: deposits, withdrawals and
// transfers with checked exceptions for insufficient funds and unknown
// accounts, monthly interest in long cents with banker-free integer
// rounding, a transaction log, statements sorted by a comparator, and
// seeded random traffic with a final checksum.
import java.util.List;
import java.util.Random;

public class Main {
    public static void main(String[] args) {
        Bank bank = new Bank("Phantom Savings");
        bank.open("alice", 100_00);
        bank.open("bob", 50_00);
        bank.open("carol", 0);
        Account savings = bank.openSavings("dave", 1000_00, 125);
        try {
            bank.transfer("alice", "bob", 30_00);
            bank.transfer("bob", "carol", 70_00);
            bank.withdraw("carol", 69_99);
            bank.transfer("carol", "alice", 5_00);
        } catch (BankException e) {
            System.out.println("refused: " + e.getMessage());
        }
        try {
            bank.transfer("alice", "zed", 1);
        } catch (BankException e) {
            System.out.println("refused: " + e.getMessage() + " (" + e.getClass().getName() + ")");
        }
        try {
            bank.withdraw("alice", -5);
        } catch (IllegalArgumentException e) {
            System.out.println("bad amount: " + e.getMessage());
        } catch (BankException e) {
            System.out.println("unexpected " + e);
        }
        for (int month = 1; month <= 12; month++) {
            bank.monthEnd();
        }
        System.out.println("savings after a year: " + Account.format(savings.balance()));
        bank.printStatement();
        Random r = new Random(12345);
        String[] names = {"alice", "bob", "carol", "dave"};
        int refused = 0;
        for (int i = 0; i < 500; i++) {
            String from = names[r.nextInt(names.length)];
            String to = names[r.nextInt(names.length)];
            long amount = r.nextInt(5000) + 1;
            try {
                if (r.nextInt(4) == 0) {
                    bank.deposit(from, amount);
                } else if (from.equals(to)) {
                    bank.withdraw(from, amount / 2);
                } else {
                    bank.transfer(from, to, amount);
                }
            } catch (InsufficientFundsException e) {
                refused++;
            } catch (BankException e) {
                System.out.println("unexpected " + e);
            }
        }
        System.out.println("refused " + refused);
        bank.printStatement();
        List<Transaction> log = bank.log();
        long check = 0;
        for (Transaction t : log) {
            check = check * 31 + t.hashCode();
        }
        System.out.println("transactions " + log.size() + " checksum " + check + " total " + Account.format(bank.total()));
        System.out.println("last: " + log.get(log.size() - 1));
    }
}
