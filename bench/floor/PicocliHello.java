import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The floor for a picocli command: five subcommands, one prints a line. */
@Command(name = "hello", mixinStandardHelpOptions = true, subcommands = {PicocliHello.A.class, PicocliHello.B.class,
        PicocliHello.C.class, PicocliHello.D.class, PicocliHello.E.class})
public class PicocliHello implements Runnable {
    public void run() { System.out.println("hello"); }
    @Command(name = "a") static class A implements Runnable { public void run() { System.out.println("a"); } }
    @Command(name = "b") static class B implements Runnable { public void run() { System.out.println("b"); } }
    @Command(name = "c") static class C implements Runnable { public void run() { System.out.println("c"); } }
    @Command(name = "d") static class D implements Runnable { public void run() { System.out.println("d"); } }
    @Command(name = "e") static class E implements Runnable { public void run() { System.out.println("e"); } }
    public static void main(String[] args) { System.exit(new CommandLine(new PicocliHello()).execute(args)); }
}
