package vn.egov.web.it;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.util.List;

/**
 * Moves a view- or session-scoped bean to "another server" as a distributable session would:
 * builds it with the container's real injected beans, serialises it and reads it back.
 */
final class ViewRestore {
    private ViewRestore() {}

    /** Every view- and session-scoped bean class of the platform (the container's own are not ours to fix). */
    static List<Class<?>> passivatingBeans(BeanManager beans) {
        return beans.getBeans(Object.class, jakarta.enterprise.inject.Any.Literal.INSTANCE).stream()
                .filter(b -> b.getScope() == ViewScoped.class || b.getScope() == SessionScoped.class)
                .<Class<?>>map(Bean::getBeanClass)
                .filter(type -> type.getName().startsWith("vn.egov."))
                .distinct()
                .toList();
    }

    /** A new instance of the bean class with each {@code @Inject} field set from the container. */
    static <T> T injected(BeanManager beans, Class<T> type) throws ReflectiveOperationException {
        T bean = type.getDeclaredConstructor().newInstance();
        for (Field field : injectedFields(type)) {
            field.setAccessible(true);
            Bean<?> target = beans.resolve(beans.getBeans(field.getGenericType(), qualifiers(field)));
            field.set(bean, beans.getReference(target, field.getGenericType(), beans.createCreationalContext(target)));
        }
        return bean;
    }

    static List<Field> injectedFields(Class<?> type) {
        return List.of(type.getDeclaredFields()).stream()
                .filter(f -> f.isAnnotationPresent(Inject.class))
                .toList();
    }

    private static java.lang.annotation.Annotation[] qualifiers(Field field) {
        return List.of(field.getAnnotations()).stream()
                .filter(a -> a.annotationType().isAnnotationPresent(jakarta.inject.Qualifier.class))
                .toArray(java.lang.annotation.Annotation[]::new);
    }

    /** The bean after a round trip through serialisation; a field that cannot travel is named. */
    @SuppressWarnings("unchecked")
    static <T> T restored(T bean) throws IOException, ClassNotFoundException, IllegalAccessException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(bean);
        } catch (java.io.NotSerializableException e) {
            for (Field field : bean.getClass().getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isTransient(field.getModifiers())
                        || java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                field.setAccessible(true);
                try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
                    out.writeObject(field.get(bean));
                } catch (java.io.NotSerializableException inField) {
                    throw new AssertionError(
                            bean.getClass().getSimpleName() + "." + field.getName() + " ("
                                    + field.get(bean).getClass().getName() + ") cannot move: " + inField.getMessage(),
                            inField);
                }
            }
            throw e;
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
            @Override
            protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                return Class.forName(
                        desc.getName(), false, Thread.currentThread().getContextClassLoader());
            }
        }) {
            return (T) in.readObject();
        }
    }
}
