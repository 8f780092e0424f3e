// The bank: accounts by name (a TreeMap, so statements are sorted), every
// operation logged as a Transaction, unknown names refused with
// NoSuchAccountException.
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Bank {
    private final String name;
    private final Map<String, Account> accounts = new TreeMap<>();
    private final List<Transaction> log = new ArrayList<>();

    Bank(String name) {
        this.name = name;
    }

    Account open(String owner, long cents) {
        Account a = new Account(owner, cents);
        accounts.put(owner, a);
        log.add(new Transaction("open", owner, null, cents));
        return a;
    }

    Account openSavings(String owner, long cents, int basisPoints) {
        Account a = new SavingsAccount(owner, cents, basisPoints);
        accounts.put(owner, a);
        log.add(new Transaction("open", owner, null, cents));
        return a;
    }

    private Account find(String owner) throws NoSuchAccountException {
        Account a = accounts.get(owner);
        if (a == null) {
            throw new NoSuchAccountException(owner);
        }
        return a;
    }

    void deposit(String owner, long cents) throws BankException {
        find(owner).deposit(cents);
        log.add(new Transaction("deposit", owner, null, cents));
    }

    void withdraw(String owner, long cents) throws BankException {
        find(owner).withdraw(cents);
        log.add(new Transaction("withdraw", owner, null, cents));
    }

    void transfer(String from, String to, long cents) throws BankException {
        Account a = find(from);
        Account b = find(to);
        a.withdraw(cents);
        b.deposit(cents);
        log.add(new Transaction("transfer", from, to, cents));
    }

    void monthEnd() {
        for (Account a : accounts.values()) {
            long interest = a.monthEnd();
            if (interest > 0) {
                log.add(new Transaction("interest", a.owner(), null, interest));
            }
        }
    }

    long total() {
        long t = 0;
        for (Account a : accounts.values()) {
            t += a.balance();
        }
        return t;
    }

    List<Transaction> log() {
        return Collections.unmodifiableList(log);
    }

    void printStatement() {
        System.out.println("== " + name + " ==");
        List<Account> byBalance = new ArrayList<>(accounts.values());
        byBalance.sort(Comparator.comparingLong(Account::balance).reversed().thenComparing(Account::owner));
        for (Account a : byBalance) {
            System.out.println("  " + a);
        }
        System.out.println("  total " + Account.format(total()));
    }
}
