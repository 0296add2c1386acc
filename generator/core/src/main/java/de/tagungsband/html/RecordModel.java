package de.tagungsband.html;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelWithAPISupport;
import freemarker.template.TemplateScalarModel;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * A record as templates see it, the same as FreeMarker's own model of it ({@link GenericObjectModel}), but reading
 * record components ({@code session.title}) through accessors looked up once per record class, instead of
 * FreeMarker's reflective call and a cache of members made anew for every record on every page. Everything else
 * (methods, built-ins, unwrapping) goes to FreeMarker's model, made when first needed.
 */
final class RecordModel implements TemplateHashModelEx, MethodCallAwareTemplateHashModel, TemplateScalarModel,
        AdapterTemplateModel, WrapperTemplateModel, TemplateModelWithAPISupport {

    private static final ClassValue<Map<String, MethodHandle>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> accessors = new HashMap<>();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (RecordComponent component : type.getRecordComponents()) {
                try {
                    accessors.put(component.getName(), lookup.unreflect(component.getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class)));
                } catch (IllegalAccessException e) {
                    // not public: left to FreeMarker's model, which applies the same access rules
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private final Record record;
    private final TemplateWrapper wrapper;
    private GenericObjectModel model;

    RecordModel(Record record, TemplateWrapper wrapper) {
        this.record = record;
        this.wrapper = wrapper;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        MethodHandle accessor = ACCESSORS.get(record.getClass()).get(key);
        if (accessor == null) {
            return model().get(key);
        }
        try {
            return wrapper.wrap(accessor.invokeExact((Object) record));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
        }
    }

    private GenericObjectModel model() {
        if (model == null) {
            model = new GenericObjectModel(record, wrapper);
        }
        return model;
    }

    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
        return model().getBeforeMethodCall(key);
    }

    @Override
    public boolean isEmpty() {
        return model().isEmpty();
    }

    @Override
    public int size() {
        return model().size();
    }

    @Override
    public TemplateCollectionModel keys() {
        return model().keys();
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        return model().values();
    }

    @Override
    public String getAsString() {
        return model().getAsString();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
        return model().getAdaptedObject(hint);
    }

    @Override
    public Object getWrappedObject() {
        return record;
    }

    @Override
    public TemplateModel getAPI() throws TemplateModelException {
        return model().getAPI();
    }

    @Override
    public String toString() {
        return model().toString();
    }
}
