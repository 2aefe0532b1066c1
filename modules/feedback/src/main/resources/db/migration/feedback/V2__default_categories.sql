-- A starting category tree most provinces use; admins rename, add, retire and set agencies.
insert into category (code, name_vi, name_en, sla_working_days) values
    ('GIAO_THONG', 'Giao thông, hạ tầng đô thị', 'Roads and urban infrastructure', 10),
    ('MOI_TRUONG', 'Môi trường, rác thải', 'Environment and rubbish', 10),
    ('TRAT_TU_XAY_DUNG', 'Trật tự đô thị, xây dựng', 'Public order and building', 10),
    ('DAT_DAI', 'Đất đai', 'Land', 15),
    ('DICH_VU_CONG', 'Dịch vụ công, thủ tục hành chính', 'Public services and procedures', 7),
    ('Y_TE', 'Y tế', 'Health', 7),
    ('GIAO_DUC', 'Giáo dục', 'Education', 10),
    ('KHAC', 'Lĩnh vực khác', 'Other', 10);
insert into category (code, name_vi, name_en, sla_working_days, parent_id)
select 'CHIEU_SANG', 'Chiếu sáng công cộng', 'Street lighting', 5, id from category where code = 'GIAO_THONG';
insert into category (code, name_vi, name_en, sla_working_days, parent_id)
select 'CAY_XANH', 'Cây xanh, công viên', 'Trees and parks', 5, id from category where code = 'MOI_TRUONG';

insert into answer_template (category_id, title, body) values
    (null, 'Đã xử lý xong',
     'Cảm ơn ông/bà đã phản ánh. Sau khi kiểm tra thực tế, cơ quan đã chỉ đạo xử lý dứt điểm nội dung phản ánh. Kính mong ông/bà tiếp tục đồng hành cùng chính quyền.'),
    (null, 'Đã chuyển đơn vị có thẩm quyền',
     'Cảm ơn ông/bà đã phản ánh. Nội dung phản ánh thuộc thẩm quyền của đơn vị khác; cơ quan đã chuyển đến đơn vị có thẩm quyền để giải quyết theo quy định.');
