# Runs lupdate over the sources into a copy of each shipped .ts file and fails when any string is
# left unfinished, so a new tr() without its French translation turns the build red.
file(GLOB ts_files "${SOURCE_DIR}/translations/*.ts")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
foreach(ts ${ts_files})
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    execute_process(
        COMMAND "${LUPDATE}" -silent -no-obsolete -locations none
                "${SOURCE_DIR}/db" "${SOURCE_DIR}/widgets" "${SOURCE_DIR}/app"
                -ts "${WORK_DIR}/${name}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(SEND_ERROR "lupdate failed on ${name}")
        set(failed TRUE)
    endif()
    file(READ "${WORK_DIR}/${name}" content)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<comment>[^<]*</comment>[ \n]*)?<translation type=\"unfinished\"" unfinished "${content}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        message(SEND_ERROR "${name}: ${count} string(s) without a translation:\n${unfinished}")
        set(failed TRUE)
    else()
        message(STATUS "${name}: complete")
    endif()
endforeach()
if(NOT ts_files)
    message(SEND_ERROR "no .ts files in ${SOURCE_DIR}/translations")
endif()
