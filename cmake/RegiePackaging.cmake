# The Debian package (./regie-dev package, docs/PACKAGING.md): CPack's DEB
# generator over the install rules. Libraries Regie links come from
# dpkg-shlibdeps; what Qt loads at run time (plugins, its own translations)
# has to be named here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME regie)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Regie developers")
set(CPACK_PACKAGE_CONTACT "The Regie developers <regie@regie.example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://regie.example.org/")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "run projects together across municipalities and partners")
# Lines as the control file shows them (under 80 columns).
set(CPACK_PACKAGE_DESCRIPTION "Regie supports collaborations between Dutch municipalities and their
partners: one municipality directs each project, partners map what they
bring and what they get, goals, milestones, progress and evaluations are
kept together, and lessons are shared in a knowledge base. Each laptop
works offline and syncs through a shared PostgreSQL server.

Regie ondersteunt samenwerking tussen gemeenten en hun partners: één
gemeente voert de regie over elk project, partners brengen in kaart wat
zij inbrengen en ophalen, en lessen worden gedeeld in een kennisbank.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded by Qt, not linked: the SQLite and PostgreSQL drivers, the SVG icon
# engine, and Qt's Dutch texts (buttons, standard dialogs).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, qt6-svg-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "kf6-breeze-icon-theme, qt6-wayland")

include(CPack)
