/** The floor for any Java command: start the JVM, print a line. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
