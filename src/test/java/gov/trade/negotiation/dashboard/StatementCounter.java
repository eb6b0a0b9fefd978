package gov.trade.negotiation.dashboard;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's DataSource so that every statement a thread prepares or creates is counted; tests ask
 * how many statements a piece of work on their own thread cost (MockMvc runs the request on the test's thread).
 */
public class StatementCounter implements BeanPostProcessor {

    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final ThreadLocal<int[]> counts = ThreadLocal.withInitial(() -> new int[1]);

    /** The statements {@code work} ran on this thread. */
    public int count(Callable<?> work) throws Exception {
        counts.get()[0] = 0;
        work.call();
        return counts.get()[0];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(method, target, args);
                return result instanceof Connection connection ? proxy(Connection.class, connection,
                        (c, m, a) -> {
                            if (STATEMENTS.contains(m.getName())) {
                                counts.get()[0]++;
                            }
                            return invoke(m, c, a);
                        }) : result;
            });
        }
        return bean;
    }

    private interface Handler<T> {
        Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
