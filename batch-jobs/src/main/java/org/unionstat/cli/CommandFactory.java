package org.unionstat.cli;

import java.lang.reflect.Constructor;

import picocli.CommandLine;

/** Gives commands that ask for it the lazily started {@link SpringContext}; everything else is built as usual. */
final class CommandFactory implements CommandLine.IFactory {

    private final SpringContext spring;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            Class<?>[] parameters = constructor.getParameterTypes();
            if (parameters.length == 1 && parameters[0] == SpringContext.class) {
                constructor.setAccessible(true);
                return type.cast(constructor.newInstance(spring));
            }
        }
        return fallback.create(type);
    }
}
